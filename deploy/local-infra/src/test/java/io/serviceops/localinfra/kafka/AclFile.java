package io.serviceops.localinfra.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/** deploy/kafka/acls.txt read as deploy/kafka/kafka-acls.sh reads it: one grant per line, # starts a comment. */
final class AclFile {

    private AclFile() {
    }

    static List<AclBinding> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(AclFile::binding).toList();
    }

    /** The services the file names: each gets a SCRAM user of that name. */
    static List<String> principals(List<AclBinding> bindings) {
        return bindings.stream().map(binding -> binding.entry().principal().substring("User:".length()))
                .distinct().sorted().toList();
    }

    private static AclBinding binding(String line) {
        String[] field = line.split("\\s+");
        if (field.length != 6) {
            throw new IllegalArgumentException("expected 6 fields: " + line);
        }
        return new AclBinding(new ResourcePattern(ResourceType.valueOf(field[3]), field[5], PatternType.valueOf(field[4])),
                new AccessControlEntry("User:" + field[0], "*", AclOperation.valueOf(field[2]),
                        AclPermissionType.valueOf(field[1])));
    }
}
