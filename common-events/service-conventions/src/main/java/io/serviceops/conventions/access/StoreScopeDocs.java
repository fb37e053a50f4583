package io.serviceops.conventions.access;

/** The sentences every service's API documents use for {@link StoreScope}, so all describe it alike. */
public final class StoreScopeDocs {

    /** For an operation on one object. */
    public static final String OBJECT = "Store scoping (OWASP API1:2023): an AGENT or SUPERVISOR whose identity names "
            + "stores (token claim stores, X-User-Stores) reaches only those stores' objects; another store's answers "
            + "404 as if it did not exist. ADMIN and callers without stores reach every store.";

    /** For a list or a count. */
    public static final String LIST = "Store scoping (OWASP API1:2023): a caller whose identity names stores (token "
            + "claim stores, X-User-Stores) sees only those stores' entries, and the page counts only them; ADMIN and "
            + "callers without stores see every store.";

    private StoreScopeDocs() {
    }
}
