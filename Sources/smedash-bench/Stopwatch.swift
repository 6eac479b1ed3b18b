import Foundation

/// Wall-clock timing and memory readings for the benchmark.
enum Stopwatch {
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1_000_000 }

    /// Milliseconds `block` takes.
    static func milliseconds(_ block: () throws -> Void) rethrows -> Double {
        let start = now()
        try block()
        return now() - start
    }

    /// Nearest-rank percentile of `values` (0…1).
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((Double(sorted.count) * p).rounded(.up))
        return sorted[min(max(rank - 1, 0), sorted.count - 1)]
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    /// This process's peak resident memory in MB (`VmHWM` in /proc/self/status), nil elsewhere.
    static func peakMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Double($0) }
            if let kilobytes = digits.first { return kilobytes / 1024 }
        }
        return nil
    }
}
