package io.serviceops.conventions.apidocs;

/** The document description: the service's own sentence, then what every client must know. */
final class ApiDescription {

    static final String SHARED = """
            **Calling it.** Call the API through the gateway only (the document's `servers` entry): it \
            authenticates, rate-limits and routes. People and apps send `Authorization: Bearer <JWT>`; CRM \
            integrations send `X-Api-Key: <key>`, scoped per service and action family (`complaints:file`, \
            `complaints:act`, `complaints:read`; the same for `feedback` and `interactions`): a key acting without \
            the family's read scope gets only `{id, status, version}` back. Tokens must name the gateway's \
            audience (`aud`). Operations without a lock icon accept anonymous callers.

            **A development token on the local stack** (`deploy/local/run.sh`; the gateway's development issuer \
            is off in production):

            ```
            curl -s -X POST http://127.0.0.1:8080/auth/dev-token -H 'Content-Type: application/json' \\
              -d '{"subject":"alice","roles":["AGENT"]}'
            ```

            The demo CRM key there is `local-crm-demo-key`.

            **Errors** are `application/problem+json` (RFC 9457, schema `Problem`): `errors[]` names each \
            invalid field, `requestId` is the `X-Request-Id` to quote. Send your own `X-Request-Id` (1-64 of \
            `[A-Za-z0-9._:-]`) to follow a call through the logs and the events it causes.

            **Events.** What happens here is also published to Kafka; the event catalogue is \
            `docs/asyncapi.yaml` (AsyncAPI 3) in the repository.""";

    private ApiDescription() {
    }

    static String of(String serviceDescription) {
        return serviceDescription.isBlank() ? SHARED : serviceDescription + "\n\n" + SHARED;
    }
}
