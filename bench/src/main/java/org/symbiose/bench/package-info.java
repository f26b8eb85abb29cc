/**
 * JMH micro-benchmarks and the scale harness of the matching engine. Run with {@code java -jar
 * bench/target/symbiose-bench.jar}.
 */
package org.symbiose.bench;
