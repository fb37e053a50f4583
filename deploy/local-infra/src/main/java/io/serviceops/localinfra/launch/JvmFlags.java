package io.serviceops.localinfra.launch;

import java.util.List;

/**
 * JVM flags, sized so that each process stays within 384 MB of resident memory under the benchmarks'
 * load (bench/README.md) on a small machine: the serial collector (G1's remembered sets and extra
 * threads buy nothing on 2 cores and a heap this small), heaps a bit above twice the live data seen
 * under load, capped metaspace, code cache, thread stacks and direct buffers. The launcher's own flags
 * are in deploy/local/run.sh (it is started before any of this code runs).
 */
final class JvmFlags {

    static final List<String> SERVICE = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx192m", "-XX:MaxMetaspaceSize=128m",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:MaxDirectMemorySize=64m");
    static List<String> store(String heap) {
        return List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx" + heap, "-XX:ReservedCodeCacheSize=48m", "-Xss512k");
    }
    static final List<String> KAFKA = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx192m", "-XX:MaxMetaspaceSize=96m",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:MaxDirectMemorySize=64m");

    private JvmFlags() {
    }
}
