import Testing

@testable import TrustsiteCore

/// The one stated rule for an indicator's position against its target.
@Suite struct IndicatorPositionTests {
    func position(_ actual: Double?, _ target: Double?, _ better: Indicator.Better) -> IndicatorPosition {
        IndicatorPosition.of(actual: actual, target: target, better: better)
    }

    @Test func lowerIsBetter() {
        #expect(position(7.0, 7.5, .lower) == .met)
        #expect(position(7.5, 7.5, .lower) == .met)
        #expect(position(7.6, 7.5, .lower) == .close)
        // 5% of 7.0 is 0.35: exactly 5% worse is close, a hundredth more is missed.
        #expect(position(7.35, 7.0, .lower) == .close)
        #expect(position(7.36, 7.0, .lower) == .missed)
        #expect(position(105, 100, .lower) == .close)
        #expect(position(105.01, 100, .lower) == .missed)
        #expect(position(9, 7.5, .lower) == .missed)
    }

    @Test func higherIsBetter() {
        #expect(position(80, 75, .higher) == .met)
        #expect(position(75, 75, .higher) == .met)
        #expect(position(71.25, 75, .higher) == .close)
        #expect(position(71.24, 75, .higher) == .missed)
        #expect(position(95, 100, .higher) == .close)
        #expect(position(94.99, 100, .higher) == .missed)
        #expect(position(1140, 1140, .higher) == .met)
    }

    @Test func aTargetOfNothingLeavesNoRoomToBeClose() {
        #expect(position(0, 0, .lower) == .met)
        #expect(position(-1, 0, .lower) == .met)
        #expect(position(0.01, 0, .lower) == .missed)
        #expect(position(0, 0, .higher) == .met)
        #expect(position(-0.01, 0, .higher) == .missed)
    }

    @Test func negativeTargetsTakeFivePercentOfTheirSize() {
        // A gap to narrow, say, written as -10 points: 5% of its size is 0.5.
        #expect(position(-9.5, -10, .higher) == .met)
        #expect(position(-10.51, -10, .higher) == .missed)
        #expect(position(-10.5, -10, .higher) == .close)
        #expect(position(-9, -10, .higher) == .met)
        #expect(position(-10.5, -10, .lower) == .met)
        #expect(position(-9.5, -10, .lower) == .close)
        #expect(position(-9.49, -10, .lower) == .missed)
    }

    @Test func noDataAndNoTarget() {
        #expect(position(nil, 7.5, .lower) == .noData)
        #expect(position(7.2, nil, .lower) == .noTarget)
        #expect(position(nil, nil, .higher) == .noTarget)
    }

    @Test func labelsAndExplanationsAreWords() {
        #expect(IndicatorPosition.allCases.map(\.label) == ["Met", "Close", "Missed", "No data", "No target"])
        #expect(IndicatorPosition.allCases.map(\.rawValue) == ["met", "close", "missed", "no-data", "no-target"])
        #expect(
            IndicatorPosition.met.explanation(actual: 7.2, target: 7.5, unit: .percentage, better: .lower)
                == "7.2% against a target of 7.5% (lower is better): met.")
        #expect(
            IndicatorPosition.close.explanation(actual: 71.25, target: 75, unit: .number, better: .higher)
                == "71.25 against a target of 75 (higher is better): close: worse than the target by no more than 5% of its value."
        )
        #expect(
            IndicatorPosition.missed.explanation(actual: 9, target: 7.5, unit: .percentage, better: .lower)
                == "9% against a target of 7.5% (lower is better): missed: worse than the target by more than 5% of its value."
        )
        #expect(
            IndicatorPosition.noData.explanation(actual: nil, target: 7.5, unit: .percentage, better: .lower)
                == "No actual figure against a target of 7.5% (lower is better).")
        #expect(
            IndicatorPosition.noTarget.explanation(actual: 3, target: nil, unit: .number, better: .lower)
                == "The plan sets no target for this year.")
        #expect(IndicatorPosition.statedRule.contains("5% of the target's value"))
    }
}
