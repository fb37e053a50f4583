package io.serviceops.testsupport.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The inventory of personal data (docs/privacy.md) checked against the code. Every field of a stored
 * document or an event whose name suggests personal data or free text must be listed there with its
 * kind and rule (or kind {@code none} and why not), and every listed field must still exist — so a new
 * field holding a customer's data cannot slip in unclassified, and the document cannot drift.
 */
public final class PersonalDataInventory {

    /**
     * Names of text, map, list or nested fields that suggest a customer's data or free text; a listed
     * {@code none} answers a false alarm. Staff ids are not customers' personal data (issue 22).
     */
    static final Pattern SUGGESTIVE = Pattern.compile("(?i).*(customer|email|phone|contact|recipient|comment|"
            + "description|answer|(?<!con)text|note|reason|finding|summary|message|detail|outcome|measure|name|address|"
            + "token|link|payload|parameters|person|error|excerpt|body|query|response).*");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*`([^`]+)`\\s*\\|\\s*([^|]+?)\\s*\\|.*");
    private static final int DEPTH = 6;

    private final List<Entry> entries;

    /** One classified field: {@code scope} is a service name or {@code events}; {@code field} a path. */
    public record Entry(String scope, String field, String kind) {
    }

    private PersonalDataInventory(List<Entry> entries) {
        this.entries = entries;
    }

    /** Reads the rows {@code | `scope` | `Class.field.path` | kind | rule |} of the document's tables. */
    public static PersonalDataInventory read(Path document) {
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(document)) {
                var row = ROW.matcher(line);
                if (row.matches()) {
                    entries.add(new Entry(row.group(1), row.group(2), row.group(3)));
                }
            }
            return new PersonalDataInventory(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("the inventory " + document + " must be readable", e);
        }
    }

    /** Every class annotated {@code @Document} under the package: what a service stores. */
    public static List<Class<?>> documentsIn(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Document.class));
        return scanner.findCandidateComponents(basePackage).stream().<Class<?>>map(candidate -> {
            try {
                return (Class<?>) Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Asserts that the scope's listed fields and the suggestive fields of the classes are the same. */
    public void assertClassifies(String scope, Collection<Class<?>> roots) {
        Set<String> all = new TreeSet<>();
        Set<String> suggestive = new TreeSet<>();
        roots.forEach(root -> walk(root.getSimpleName(), root, 0, all, suggestive));
        Set<String> listed = new TreeSet<>(entries.stream().filter(entry -> entry.scope().equals(scope))
                .map(Entry::field).toList());

        assertThat(listed).as("fields of %s that docs/privacy.md classifies but the code no longer has", scope)
                .isSubsetOf(all);
        assertThat(suggestive).as("fields of %s that may hold personal data and are not classified in docs/privacy.md",
                scope).isSubsetOf(listed);
    }

    public List<Entry> entries() {
        return entries;
    }

    private static void walk(String path, Class<?> type, int depth, Set<String> all, Set<String> suggestive) {
        for (var field : fieldsOf(type)) {
            String child = path + "." + field.name();
            all.add(child);
            Class<?> inner = elementType(field.type(), field.generic());
            if (canHoldText(field.type(), inner) && SUGGESTIVE.matcher(field.name()).matches()) {
                suggestive.add(child);
            }
            if (depth < DEPTH && isOurs(inner) && !inner.equals(type)) {
                walk(child, inner, depth + 1, all, suggestive);
            }
        }
    }

    private static boolean canHoldText(Class<?> raw, Class<?> inner) {
        return CharSequence.class.isAssignableFrom(inner) || Map.class.isAssignableFrom(raw)
                || Collection.class.isAssignableFrom(raw) || isOurs(inner) || inner == Object.class;
    }

    private record Member(String name, Class<?> type, Type generic) {
    }

    private static List<Member> fieldsOf(Class<?> type) {
        List<Member> members = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                members.add(new Member(component.getName(), component.getType(), component.getGenericType()));
            }
            return members;
        }
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic() && !isTransient(field)) {
                    members.add(new Member(field.getName(), field.getType(), field.getGenericType()));
                }
            }
        }
        return members;
    }

    private static boolean isTransient(Field field) {
        return Modifier.isTransient(field.getModifiers())
                || field.isAnnotationPresent(org.springframework.data.annotation.Transient.class);
    }

    /** The type a field holds, looking into collections and map values. */
    private static Class<?> elementType(Class<?> raw, Type generic) {
        if ((Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))
                && generic instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            Type last = arguments[arguments.length - 1];
            if (last instanceof Class<?> element) {
                return element;
            }
        }
        return raw;
    }

    private static boolean isOurs(Class<?> type) {
        return type.getName().startsWith("io.serviceops.") && !type.isEnum() && !type.isInterface();
    }

}
