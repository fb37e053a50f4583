package io.serviceops.training.standard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface Standards extends MongoRepository<Standard, String> {

    Page<Standard> findByDetailsTags(String tag, Pageable pageable);

    List<Standard> findByInForceTrue();

    /** Seeded standards stating any of these figures; they are few, so no index is kept for it. */
    List<Standard> findByFigureTextKeysIn(Collection<String> keys);

    List<Standard> findByInForceTrueAndDetailsPublicDocumentTrueOrderById();

    List<Standard> findByRetiredFalseAndReviewDueBeforeOrderByReviewDue(LocalDate day);

    /** Standards in force whose published text holds every token; a plain array match, so any store can run it. */
    @Query("{ 'inForce': true, 'searchTokens': { '$all': ?0 } }")
    List<Standard> findInForceWithAllTokens(Collection<String> tokens);
}
