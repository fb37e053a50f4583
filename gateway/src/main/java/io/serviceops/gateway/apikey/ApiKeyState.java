package io.serviceops.gateway.apikey;

/** Where a managed key stands; only ACTIVE keys authenticate. */
enum ApiKeyState {
    ACTIVE, EXPIRED, REVOKED
}
