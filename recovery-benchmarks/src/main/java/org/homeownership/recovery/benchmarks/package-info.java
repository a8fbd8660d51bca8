/**
 * JMH benchmarks for issue 9, "Benchmarks and scale": apportionment, the nightly sweep over a
 * portfolio and the JDBC store, each measured beside a hand-written baseline over {@code long}
 * pence in the same run. Data is generated with fixed seeds in {@code @Setup(Level.Trial)}.
 *
 * <p>Build with {@code ./mvnw -pl recovery-benchmarks -am package -DskipTests} and run {@code java
 * -jar recovery-benchmarks/target/benchmarks.jar}; {@code docs/performance.md} gives the figures
 * and the commands that reproduce them.
 */
package org.homeownership.recovery.benchmarks;
