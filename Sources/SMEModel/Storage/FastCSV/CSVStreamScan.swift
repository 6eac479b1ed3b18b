import Foundation

/// Scans a large CSV file in bounded memory: the body is cut into pieces of a few megabytes, and
/// each core reads its pieces, one at a time, into a buffer it reuses and scans them into its own
/// sink. A count over ten million rows then holds a few megabytes instead of the whole file, and
/// touches no fresh pages (the kernel zeroing new pages was a third of a whole-file read).
///
/// A piece runs from just after the first line feed at or after its nominal start to just after
/// the first line feed at or after the next piece's nominal start, so pieces meet exactly. A line
/// feed inside a quoted value would put a boundary inside a record: the piece before it then ends
/// inside the quotes and its scan fails. Any doubt (that, a NUL byte, a byte order mark after the
/// start, invalid UTF-8, a record the sink refuses, a file that changes while read) returns nil,
/// and the caller reads the file with the full reader, which reports problems with their line.
enum CSVStreamScan {
    /// Nominal piece size: small enough to stay near the cores' caches, large enough that a
    /// read call costs nothing next to its scan.
    static let pieceBytes = 4 << 20

    /// `makeSink(layout)` gives each worker its sink; the sinks come back to be merged.
    static func run<Sink: CSVRecordSink>(
        _ path: String, columns: [String], limit: Int, pieceBytes: Int = pieceBytes,
        makeSink: (CSVHeaderLayout) -> Sink
    ) -> [Sink]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        // Only regular files: a pipe or device would block or never end.
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        guard size > 0, size <= limit, let layout = header(descriptor, size: size, path: path, columns: columns) else { return nil }
        let bodyLength = size - layout.bodyStart
        let pieceCount = max(1, (bodyLength + pieceBytes - 1) / pieceBytes)
        let starts = (0..<pieceCount).map { layout.bodyStart + $0 * pieceBytes }
        let workers = min(ParallelWork.cores, pieceCount)
        let failed = FailureFlag()
        let sinks: [Sink?] = ParallelWork.map(workers) { worker in
            var sink = makeSink(layout)
            // Room for a piece and the longest record the scanner accepts after its nominal end.
            let capacity = pieceBytes + DataLimits.recordBytes + 8
            let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            defer { buffer.deallocate() }
            for piece in stride(from: worker, to: pieceCount, by: workers) {
                if failed.isSet { return nil }
                let from = starts[piece]
                let nominalEnd = piece + 1 < pieceCount ? starts[piece + 1] : size
                guard scanPiece(descriptor, buffer, capacity: capacity, from: from, nominalEnd: nominalEnd, isFirst: piece == 0,
                                fileSize: size, columns: layout.columnCount, into: &sink) else {
                    failed.set()
                    return nil
                }
            }
            return sink
        }
        guard !failed.isSet else { return nil }
        // A file that grew or was replaced meanwhile may have been read from two versions.
        var after = stat()
        guard fstat(descriptor, &after) == 0, after.st_size == info.st_size, after.st_mtim.tv_sec == info.st_mtim.tv_sec,
              after.st_mtim.tv_nsec == info.st_mtim.tv_nsec else { return nil }
        return sinks.compactMap { $0 }
    }

    /// The header's layout, from the first megabyte; nil when the header is longer or unusual.
    private static func header(_ descriptor: Int32, size: Int, path: String, columns: [String]) -> CSVHeaderLayout? {
        let length = min(size, DataLimits.recordBytes)
        let head = ColumnBuffer<UInt8>(uninitializedCount: length)
        guard readFully(descriptor, head.base, count: length, at: 0) else { return nil }
        guard memchr(head.base, 0, length) == nil else { return nil }
        let scanner = CSVScanner(bytes: head.base, count: length)
        guard case .ready(let layout)? = try? CSVHeaderLayout.read(head, scanner, file: path, columns: columns) else { return nil }
        // The header must end with a line end inside what was read (or be the whole file).
        guard layout.bodyStart < length || length == size else { return nil }
        return layout
    }

    /// Reads and scans one piece; false on any doubt.
    private static func scanPiece<Sink: CSVRecordSink>(
        _ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, capacity: Int,
        from: Int, nominalEnd: Int, isFirst: Bool, fileSize: Int, columns: Int, into sink: inout Sink
    ) -> Bool {
        let readLength = min(capacity - 8, fileSize - from)
        guard readLength > 0, readFully(descriptor, buffer, count: readLength, at: from) else { return readLength == 0 }
        let reachedEnd = from + readLength == fileSize
        // Where the piece starts: the body start, else after the first line feed at or past `from`.
        var start = 0
        if !isFirst {
            guard let feed = memchr(buffer, 0x0A, readLength) else { return reachedEnd }
            start = buffer.distance(to: feed.assumingMemoryBound(to: UInt8.self)) + 1
        }
        var stop = readLength
        if nominalEnd < fileSize {
            let offset = nominalEnd - from
            if let feed = memchr(buffer + offset, 0x0A, readLength - offset) {
                stop = buffer.distance(to: feed.assumingMemoryBound(to: UInt8.self)) + 1
            } else if !reachedEnd {
                return false
            }
        }
        // A piece whose start lies past the next piece's start holds nothing of its own.
        guard start < stop else { return true }
        let bytes = buffer + start
        let count = stop - start
        guard !FileBytes.hasNonTextBytes(bytes, count: count, marksFrom: 0) else { return false }
        let scanner = CSVScanner(bytes: bytes, count: count)
        let survey = scanner.survey(from: 0, to: count)
        guard survey.isValidUTF8 else { return false }
        let outcome = scanner.scan(from: 0, limit: count, columns: columns, hasCarriageReturn: survey.hasCarriageReturn, into: &sink)
        return outcome == .finished(end: count)
    }

    /// All `count` bytes at `offset`, or false (an error, or a file that shrank meanwhile).
    private static func readFully(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, count: Int, at offset: Int) -> Bool {
        var done = 0
        while done < count {
            let got = pread(descriptor, buffer + done, count - done, off_t(offset + done))
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { return false }
            done += got
        }
        return true
    }
}

/// Set by the first worker that gives up, so the others stop early.
private final class FailureFlag: @unchecked Sendable {
    private var value = false
    private let lock = NSLock()

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}
