package io.serviceops.localinfra.launch;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * JVM flags, sized so that each process stays within 384 MB of resident memory under the benchmarks'
 * load (bench/README.md) on a small machine: the serial collector (G1's remembered sets and extra
 * threads buy nothing on 2 cores and a heap this small), heaps a bit above twice the live data seen
 * under load, capped metaspace, code cache, thread stacks and direct buffers, and glibc's free memory
 * handed back every {@value #TRIM_INTERVAL_MS} ms. The launcher's own flags are in deploy/local/run.sh
 * (it is started before any of this code runs).
 */
final class JvmFlags {

    /**
     * Default: how often each JVM returns the memory glibc keeps after frees (the C2 compiler's arenas, mostly).
     * A loaded gateway held 29 MB of it (bench/README.md, session 11); trimming costs well under a millisecond.
     */
    static final int TRIM_INTERVAL_MS = 5000;

    /**
     * The services and the gateway compile with C1 only: on two cores shared by nine JVMs, C2 took a third to a half
     * of every service's CPU samples for minutes after start, half of a service's start-up CPU (5.9 of 16.5 s), and
     * its arenas, code and the malloc memory they leave behind put the loaded services above 384 MB
     * (bench/README.md, session 11). The broker and the store keep C2: they are not above the target.
     */
    static final List<String> SERVICE = withNativeTrim("-XX:+UseSerialGC", "-Xms64m", "-Xmx192m", "-XX:MaxMetaspaceSize=128m",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:MaxDirectMemorySize=64m", "-XX:TieredStopAtLevel=1");
    static final List<String> KAFKA = withNativeTrim("-XX:+UseSerialGC", "-Xms64m", "-Xmx192m", "-XX:MaxMetaspaceSize=96m",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:MaxDirectMemorySize=64m");

    static List<String> store(String heap) {
        return withNativeTrim("-XX:+UseSerialGC", "-Xms64m", "-Xmx" + heap, "-XX:ReservedCodeCacheSize=48m", "-Xss512k");
    }

    /**
     * The flags, and the periodic trim where this JDK has it (17.0.9 and later, 21.0.1 and later): the launcher
     * runs on the JDK it starts every process with, so asking its own VM decides for all of them.
     */
    private static List<String> withNativeTrim(String... flags) {
        List<String> all = new ArrayList<>(List.of(flags));
        if (hasVmOption("TrimNativeHeapInterval")) {
            all.add("-XX:TrimNativeHeapInterval=" + TRIM_INTERVAL_MS);
        }
        return List.copyOf(all);
    }

    static boolean hasVmOption(String name) {
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(name);
            return true;
        } catch (IllegalArgumentException absent) {
            return false;
        }
    }

    private JvmFlags() {
    }
}
