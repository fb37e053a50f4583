package io.serviceops.complaint.types;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The known complaint types; seeds the manuals' three on start-up. */
@Service
public class ComplaintTypeCatalog implements ApplicationRunner {

    private static final List<ComplaintType> BUILT_IN = List.of(
            new ComplaintType(ComplaintType.SERVICE_ATTITUDE, "Service attitude (服务态度)",
                    "Apologise and explain.", true, null),
            new ComplaintType(ComplaintType.PRODUCT_QUALITY, "Product quality (产品质量)",
                    "Return, exchange, or repair-replace-refund under the warranty (三包).", true, null),
            new ComplaintType(ComplaintType.OTHER, "Other (其他问题)", "Offer a reasonable solution.", true, null));

    private final ComplaintTypes types;
    private final Clock clock;
    /** Types are never removed, so a type once seen can be trusted without asking the store again. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    ComplaintTypeCatalog(ComplaintTypes types, Clock clock) {
        this.types = types;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        BUILT_IN.stream().filter(type -> !types.existsById(type.code())).forEach(types::save);
    }

    /** Checks that a type exists, naming the request field that carried it when it does not. */
    public void require(String field, String code) {
        if (!exists(code)) {
            throw new UnknownComplaintType(field, code);
        }
    }

    public boolean exists(String code) {
        if (known.contains(code)) {
            return true;
        }
        boolean exists = types.existsById(code);
        if (exists) {
            known.add(code);
        }
        return exists;
    }

    public ComplaintType add(String code, String name, String description) {
        return types.insert(new ComplaintType(code, name, description, false, clock.instant()));
    }

    public Page<ComplaintType> list(Pageable page) {
        return types.findAll(page);
    }
}
