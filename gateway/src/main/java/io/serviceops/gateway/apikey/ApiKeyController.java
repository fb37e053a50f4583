package io.serviceops.gateway.apikey;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * API keys for CRM systems, managed at run time (ADMIN only: the gateway's closed default). The secret
 * is in the answer to create and rotate only; lists show state and last use, never a secret or digest.
 */
@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys", description = "Create, list, expire, revoke and rotate CRM integrations' keys (ADMIN)")
@ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
@ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
@ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
class ApiKeyController {

    private static final String CREATE_EXAMPLE = "{\"client\": \"crm-acme\", \"scopes\": [\"complaints:file\", "
            + "\"complaints:read\"], \"stores\": [\"store-sh-01\"], \"expiresAt\": \"2027-06-30T00:00:00Z\"}";
    private static final String EXPIRY_EXAMPLE = "{\"expiresAt\": \"2026-12-31T00:00:00Z\"}";

    private final ApiKeyAdministration administration;

    ApiKeyController(ApiKeyAdministration administration) {
        this.administration = administration;
    }

    @PostMapping
    @Operation(operationId = "createApiKey", summary = "Issue a key; its secret is shown in this answer only")
    @ApiResponse(responseCode = "201", description = "Issued", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = IssuedView.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    Mono<ResponseEntity<IssuedView>> create(@Valid @RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = CREATE_EXAMPLE)))
            CreateRequest request) {
        return administration.create(request.client(), request.scopes(), request.stores() == null ? List.of() : request.stores(),
                request.expiresAt()).map(ApiKeyController::created);
    }

    @GetMapping
    @Operation(operationId = "listApiKeys", summary = "Every managed key with its state and last use, newest first, without secrets")
    @ApiResponse(responseCode = "200", description = "The keys", content = @Content(mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = KeyView.class))))
    Flux<KeyView> list() {
        return administration.list().map(KeyView::of);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getApiKey", summary = "One managed key, without its secret")
    @ApiResponse(responseCode = "200", description = "The key", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = KeyView.class)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    Mono<KeyView> get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return administration.get(id).map(KeyView::of);
    }

    @PostMapping("/{id}/revocation")
    @Operation(operationId = "revokeApiKey", summary = "Revoke at once; every replica refuses it within the refresh interval")
    @ApiResponse(responseCode = "200", description = "The key", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = KeyView.class)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    Mono<KeyView> revoke(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return administration.revoke(id).map(KeyView::of);
    }

    @PutMapping("/{id}/expiry")
    @Operation(operationId = "expireApiKey", summary = "Set when the key stops working (now when omitted); only ever earlier")
    @ApiResponse(responseCode = "200", description = "The key", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = KeyView.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    Mono<KeyView> expire(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = EXPIRY_EXAMPLE))) ExpiryRequest request) {
        return administration.expire(id, request.expiresAt()).map(KeyView::of);
    }

    @PostMapping("/{id}/rotation")
    @Operation(operationId = "rotateApiKey", summary = "Issue a new secret for the same client, scopes and stores; "
            + "the old key keeps working for the rotation grace (default 24 h), then expires")
    @ApiResponse(responseCode = "201", description = "The new key, with its secret", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = IssuedView.class)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    Mono<ResponseEntity<IssuedView>> rotate(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return administration.rotate(id).map(ApiKeyController::created);
    }

    private static ResponseEntity<IssuedView> created(ApiKeyAdministration.Issued issued) {
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.key().id()))
                .body(new IssuedView(KeyView.of(issued.key()), issued.secret()));
    }

    record CreateRequest(
            @Schema(example = "crm-acme") @NotNull(message = "is required")
            @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String client,
            @Schema(example = "[\"complaints:file\", \"complaints:read\", \"feedback:file\"]", description = "Per service "
                    + "and action family: complaints:file (file complaints as a CRM), complaints:act (assign, respond, "
                    + "resolve, confirm, reopen, close), complaints:read, complaints:contact (see contact data), "
                    + "feedback:file, feedback:act (surveys, improvement actions), feedback:read, interactions:file, "
                    + "interactions:read, webhooks:manage. An action by a key without the family's read scope answers "
                    + "only {id, status, version}. The earlier complaints:write, feedback:write and interactions:write "
                    + "still mean file and act.")
            @NotNull(message = "is required")
            @Size(max = 20, message = "at most 20 scopes") List<@Pattern(regexp = ApiScopes.PATTERN, message = ApiScopes.MESSAGE) String> scopes,
            @Schema(example = "[\"store-sh-01\"]", description = "Limit the key to these stores; none: every store")
            @Size(max = 100, message = "at most 100 stores") List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> stores,
            @Schema(example = "2027-06-30T00:00:00Z", description = "When it stops working; none: until revoked")
            Instant expiresAt) {
    }

    record ExpiryRequest(@Schema(example = "2026-12-31T00:00:00Z", description = "Now when omitted") Instant expiresAt) {
    }

    record KeyView(String id, String client, List<String> scopes, List<String> stores, String state,
            Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String replacedBy) {

        static KeyView of(ManagedApiKey key) {
            return new KeyView(key.id(), key.client(), key.scopes(), key.stores(),
                    key.state(Instant.now()).name(), key.createdAt(), key.expiresAt(), key.revokedAt(),
                    key.lastUsedAt(), key.replacedBy());
        }
    }

    record IssuedView(KeyView key, @Schema(description = "Shown only here: store it now") String secret) {
    }
}
