package io.serviceops.gateway.apikey;

import java.time.Instant;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The managed keys in the gateway's own database ({@code MONGODB_URI}, collection {@code api_keys}). */
@Component
class ApiKeyStore {

    private final ReactiveMongoTemplate mongo;

    ApiKeyStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Flux<ManagedApiKey> all() {
        return mongo.findAll(ManagedApiKey.class);
    }

    Mono<ManagedApiKey> byId(String id) {
        return mongo.findById(id, ManagedApiKey.class);
    }

    Mono<ManagedApiKey> save(ManagedApiKey key) {
        return mongo.save(key);
    }

    /** Records a use, never moving the time back (replicas flush their uses in any order). */
    Mono<Void> used(String id, Instant at) {
        Query query = Query.query(Criteria.where("_id").is(id)
                .orOperator(Criteria.where("lastUsedAt").isNull(), Criteria.where("lastUsedAt").lt(at)));
        return mongo.updateFirst(query, Update.update("lastUsedAt", at), ManagedApiKey.class).then();
    }
}
