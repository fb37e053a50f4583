package io.serviceops.localinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The slow-command log names a query by its shape: fields and operators, never a customer's values. */
class SlowCommandLogTest {

    @Test
    void showsFieldsAndOperatorsAndNoValue() {
        Document find = new Document("find", "complaints")
                .append("filter", new Document("nextCheckAt", new Document("$lte", "2026-12-04T12:00:00Z"))
                        .append("filing.contact.phone", "+86 138 0000 0000"))
                .append("sort", new Document("nextCheckAt", 1)).append("limit", 100)
                .append("$db", "complaints").append("lsid", new Document("id", "session"));

        assertEquals("{filter: {nextCheckAt: {$lte: ?}, filing.contact.phone: ?}, sort: {nextCheckAt: ?}, limit: ?}",
                SlowCommandLog.shape(find, 0));
    }

    @Test
    void countsInsertedDocumentsAndShortensLongLists() {
        Document insert = new Document("insert", "complaints").append("documents",
                List.of(new Document("name", "Wang Fang"), new Document("name", "Li Lei")));
        Document aggregate = new Document("aggregate", "complaints").append("pipeline", List.of(
                new Document("$match", new Document("status", new Document("$in", List.of("A", "B", "C", "D", "E")))),
                new Document("$group", new Document("_id", "$type")), new Document("$sort", new Document("_id", 1)),
                new Document("$limit", 5)));

        assertEquals("{documents: 2 documents}", SlowCommandLog.shape(insert, 0));
        assertEquals("{pipeline: [{$match: {status: {$in: [?, ?, ?, …]}}}, {$group: {_id: ?}}, {$sort: {_id: ?}}, …]}",
                SlowCommandLog.shape(aggregate, 0));
    }
}
