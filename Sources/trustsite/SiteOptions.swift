import ArgumentParser
import Foundation
import TrustsiteCore

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (holding trustsite.yml). Default: the current folder.")
    var site: String = "."

    @Option(name: .long, help: ArgumentHelp("Take this date as today, for staleness checks.", valueName: "YYYY-MM-DD"))
    var today: String?

    var siteRoot: URL {
        URL(fileURLWithPath: site, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }

    func clock() throws -> BuildClock {
        guard let today else { return .system() }
        guard let day = Day(iso: today) else {
            throw ValidationError("--today must be a date written YYYY-MM-DD, e.g. --today 2026-07-01.")
        }
        guard Day.plausibleYears.contains(day.year) else {
            throw ValidationError(
                "--today \(today) is outside the years trustsite reads "
                    + "(\(Day.plausibleYears.lowerBound) to \(Day.plausibleYears.upperBound)); give today's date, e.g. --today 2026-07-01."
            )
        }
        return BuildClock(today: day)
    }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: siteRoot.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw ValidationError("the site folder \(site) does not exist.")
        }
        _ = try clock()
    }
}
