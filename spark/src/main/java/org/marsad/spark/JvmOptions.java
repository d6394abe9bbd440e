package org.marsad.spark;

import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Prints the JVM options a Spark driver needs on this JDK, for launchers that start the JVM
 * themselves (bin/spark-local.sh): Spark's own list (the --add-opens that spark-submit adds),
 * and on Java 24+ the permission for Spark's use of sun.misc.Unsafe, which would otherwise warn.
 */
public final class JvmOptions {

    private static final int UNSAFE_WARNING_SINCE = 24;

    private JvmOptions() {
    }

    public static void main(String[] args) {
        StringBuilder options = new StringBuilder(JavaModuleOptions.defaultModuleOptions());
        if (Runtime.version().feature() >= UNSAFE_WARNING_SINCE) {
            options.append(" --sun-misc-unsafe-memory-access=allow");
        }
        System.out.println(options);
    }
}
