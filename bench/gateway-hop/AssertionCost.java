import io.serviceops.identity.IdentityAssertion;
import io.serviceops.identity.IdentityKeys;
import io.serviceops.identity.IdentitySigner;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * What the signed identity costs per request, without the network noise of a whole hop: the gateway's
 * cached look-up (every request but one per caller, service and half-lifetime), a fresh HMAC signature
 * (the cache miss), and the service's verification (every request). Medians of ROUNDS rounds.
 * Run: java -cp common-events/identity/target/identity-0.1.0-SNAPSHOT.jar bench/gateway-hop/AssertionCost.java
 */
public class AssertionCost {

    public static void main(String[] args) {
        int operations = Integer.parseInt(System.getenv().getOrDefault("OPERATIONS", "200000"));
        int rounds = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "7"));
        IdentityKeys keys = IdentityKeys.parse("bench-2:" + "b".repeat(48) + ",bench-1:" + "a".repeat(48));
        SortedMap<String, String> identity = new TreeMap<>();
        identity.put("x-user-id", "zhang.san@store-sh-01");
        identity.put("x-user-roles", "AGENT,SUPERVISOR");
        identity.put("x-user-scopes", "");
        identity.put("x-user-stores", "store-sh-01,store-sh-02");
        IdentitySigner signer = new IdentitySigner(keys, IdentitySigner.DEFAULT_LIFETIME,
                IdentitySigner.DEFAULT_CACHE_SIZE, Clock.systemUTC());
        String assertion = signer.assertion(identity, "complaint-service");
        Instant expiry = Instant.now().plus(IdentitySigner.DEFAULT_LIFETIME);
        String[] sink = new String[1];

        System.out.printf("identity assertion cost, %d operations x %d rounds, median ns/op%n", operations, rounds);
        report("gateway, cached (reuse)", operations, rounds, i -> sink[0] = signer.assertion(identity, "complaint-service"));
        report("gateway, fresh HMAC (miss)", operations, rounds,
                i -> sink[0] = IdentityAssertion.sign(keys, identity, "complaint-service", expiry));
        report("service, verify", operations, rounds,
                i -> IdentityAssertion.verify(keys, assertion, identity, "complaint-service", Instant.now()));
        System.out.println(sink[0].isEmpty() ? "" : "(target: < 100000 ns = 0.1 ms added per request)");
    }

    private static void report(String name, int operations, int rounds, IntConsumer operation) {
        for (int i = 0; i < operations; i++) {
            operation.accept(i); // warm-up: JIT-compile before measuring
        }
        double[] perOp = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long started = System.nanoTime();
            for (int i = 0; i < operations; i++) {
                operation.accept(i);
            }
            perOp[round] = (System.nanoTime() - started) / (double) operations;
        }
        Arrays.sort(perOp);
        System.out.printf("%-28s %10.0f ns/op  (min %.0f, max %.0f)%n", name, perOp[rounds / 2], perOp[0], perOp[rounds - 1]);
        System.out.printf("SUMMARY operation=\"%s\" median_ns=%.0f%n", name, perOp[rounds / 2]);
    }
}
