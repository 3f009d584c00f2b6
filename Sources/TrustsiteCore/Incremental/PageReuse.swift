import Foundation

/// Stages the pages a build takes unchanged from the last one, as hard links, on every core.
enum PageReuse {
    struct Outcome {
        var reused: [(page: PlannedPage, cached: BuildCache.Page)] = []
        /// Pages whose file in the current output is missing or not the one the cache knows.
        var failed: [PlannedPage] = []
    }

    static func link(_ candidates: [(page: PlannedPage, cached: BuildCache.Page)], into writer: SiteWriter) -> Outcome {
        let slots = ResultSlots<Bool>(count: candidates.count)
        DispatchQueue.concurrentPerform(iterations: candidates.count) { index in
            let (_, cached) = candidates[index]
            slots.set(index, .success(writer.reuse(cached.outputPath, stamp: cached.stamp)))
        }
        var outcome = Outcome()
        for (candidate, slot) in zip(candidates, slots.values) {
            if case .success(true) = slot {
                outcome.reused.append(candidate)
            } else {
                outcome.failed.append(candidate.page)
            }
        }
        return outcome
    }
}
