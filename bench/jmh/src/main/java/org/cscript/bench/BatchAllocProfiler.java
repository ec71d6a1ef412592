package org.cscript.bench;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/** {@code -prof org.cscript.bench.BatchAllocProfiler}: the secondary result alloc.batch.norm, B/op of the timed batch. */
public final class BatchAllocProfiler implements InternalProfiler {
    @Override
    public String getDescription() {
        return "bytes allocated per operation inside the timed batch (without the per-iteration boot)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        BatchAlloc.reset();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
            IterationResult result) {
        double perOp = BatchAlloc.perOp();
        return perOp < 0 ? List.of() : List.of(new ScalarResult("alloc.batch.norm", perOp, "B/op", AggregationPolicy.AVG));
    }
}
