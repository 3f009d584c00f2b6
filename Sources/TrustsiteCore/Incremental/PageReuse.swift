import Foundation

/// Keeps in the output the pages a build takes unchanged from the last one, on every core (on
/// disk, hard links to the published site's files).
enum PageReuse {
    struct Outcome {
        var reused: [(page: PlannedPage, cached: BuildCache.Page)] = []
        /// Pages whose file in the published site is missing or not the one remembered.
        var failed: [PlannedPage] = []
    }

    static func keep(_ candidates: [(page: PlannedPage, cached: BuildCache.Page)], in output: some SiteOutput)
        -> Outcome
    {
        let slots = ResultSlots<Bool>(count: candidates.count)
        DispatchQueue.concurrentPerform(iterations: candidates.count) { index in
            let (_, cached) = candidates[index]
            slots.set(index, .success(output.keep(cached.outputPath, stamp: cached.stamp)))
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
