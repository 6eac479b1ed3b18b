import Foundation

/// Parses a CSV body on all cores: splits it after line feeds, validates UTF-8 and counts lines
/// per chunk, then scans each chunk into its own sink. A chunk that does not end exactly where
/// the next one starts means a split fell inside a quoted field; the body is then scanned again
/// in one piece, so quoted line breaks can never cut a record.
enum CSVParallelParse {
    enum Result<Sink> {
        /// Sinks in file order, with the first row and the row capacity each was given.
        case parsed([(sink: Sink, rowBase: Int)], rowCapacity: Int)
        /// The record starting at this offset is the first one the fast path refused.
        case failed(recordStart: Int)
        /// Something only the reference reader decides (invalid UTF-8, Unicode trimming).
        case needsReference
    }

    /// `makeSinks(chunks, rowCapacity)` gives each chunk its sink; rows of a chunk go to
    /// `rowBase ..< rowBase + rowCapacity`, all rows below the total `rowCapacity`.
    /// `progress` receives the fraction of chunks done.
    static func run<Sink: CSVRecordSink>(
        _ scanner: CSVScanner, from start: Int, columns: Int, minimumChunk: Int = 1 << 20,
        progress: (@Sendable (Double) -> Void)? = nil,
        makeSinks: (_ chunks: [(rowBase: Int, rowCapacity: Int)], _ rowCapacity: Int) -> [Sink]
    ) -> Result<Sink> {
        let length = scanner.end - start
        let pieces = max(1, min(ParallelWork.cores * 2, length / max(minimumChunk, 1)))
        let points = scanner.splitPoints(from: start, pieces: pieces)
        let bounds = points.indices.map { index in
            (points[index], index + 1 < points.count ? points[index + 1] : scanner.end)
        }
        let surveys = ParallelWork.map(bounds.count) { scanner.survey(from: bounds[$0].0, to: bounds[$0].1) }
        guard surveys.allSatisfy(\.isValidUTF8) else { return .needsReference }
        var chunks: [(rowBase: Int, rowCapacity: Int)] = []
        var capacity = 0
        for survey in surveys {
            chunks.append((capacity, survey.recordBound))
            capacity += survey.recordBound
        }
        let sinks = makeSinks(chunks, capacity)
        let done = ProgressCounter(total: bounds.count, report: progress)
        let outcomes: [(CSVScanner.Outcome, Sink)] = ParallelWork.map(bounds.count) { index in
            var sink = sinks[index]
            // A chunk that starts a record scans on past its end, into the next chunk's bytes.
            let noCR = surveys[index...].allSatisfy { !$0.hasCarriageReturn }
            let outcome = scanner.scan(
                from: bounds[index].0, limit: bounds[index].1, columns: columns, hasCarriageReturn: !noCR, into: &sink)
            done.step()
            return (outcome, sink)
        }
        for (index, (outcome, _)) in outcomes.enumerated() {
            switch outcome {
            case .failed(let recordStart): return .failed(recordStart: recordStart)
            case .unusual: return .needsReference
            case .finished(let end):
                let expected = index + 1 < bounds.count ? bounds[index + 1].0 : scanner.end
                if end != expected { return sequential(scanner, from: start, columns: columns, capacity: capacity, makeSinks) }
            }
        }
        return .parsed(outcomes.enumerated().map { ($1.1, chunks[$0].rowBase) }, rowCapacity: capacity)
    }

    /// The whole body as one chunk.
    private static func sequential<Sink: CSVRecordSink>(
        _ scanner: CSVScanner, from start: Int, columns: Int, capacity: Int,
        _ makeSinks: ([(rowBase: Int, rowCapacity: Int)], Int) -> [Sink]
    ) -> Result<Sink> {
        guard var sink = makeSinks([(0, capacity)], capacity).first else { return .needsReference }
        switch scanner.scan(from: start, limit: scanner.end, columns: columns, into: &sink) {
        case .failed(let recordStart): return .failed(recordStart: recordStart)
        case .unusual: return .needsReference
        case .finished: return .parsed([(sink, 0)], rowCapacity: capacity)
        }
    }
}

/// Counts finished chunks from worker threads and reports the fraction done.
final class ProgressCounter: @unchecked Sendable {
    private let total: Int
    private let report: (@Sendable (Double) -> Void)?
    private var done = 0
    private let lock = NSLock()

    init(total: Int, report: (@Sendable (Double) -> Void)?) {
        self.total = total
        self.report = report
    }

    func step() {
        guard let report else { return }
        lock.lock()
        done += 1
        let fraction = Double(done) / Double(max(total, 1))
        lock.unlock()
        report(fraction)
    }
}
