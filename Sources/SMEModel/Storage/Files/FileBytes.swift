import Foundation

/// Reads a whole file into a `ColumnBuffer`, in parallel slices for large files (the copy out of
/// the page cache is most of the cost of reading a warm 100 MB file), with the same errors as
/// `DataFolder.readBytes`.
enum FileBytes {
    static func read(_ path: String, limit: Int) throws(DataFolderError) -> ColumnBuffer<UInt8> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missingFile(path) }
        if isDirectory.boolValue { throw .unreadable(path, reason: "is a folder") }
        // A named pipe or device would block the read forever; only regular files are data.
        var before = stat()
        if stat(path, &before) == 0, (before.st_mode & S_IFMT) != S_IFREG {
            throw .unreadable(path, reason: "not a regular file")
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        // Checked before the buffer is allocated: a sparse terabyte costs nothing to make.
        if Int(info.st_size) > limit { throw .tooLarge(path, size: Int(info.st_size), limit: limit) }
        let size = textPrefixLength(descriptor, size: Int(info.st_size))
        let buffer = ColumnBuffer<UInt8>(uninitializedCount: size)
        let slices = size >= 16 << 20 ? ParallelWork.cores : 1
        let box = UncheckedBox(buffer.base)
        let results: [Int] = ParallelWork.map(slices) { slice in
            let start = size * slice / slices, end = size * (slice + 1) / slices
            var offset = start
            while offset < end {
                let got = pread(descriptor, box.value + offset, end - offset, off_t(offset))
                if got < 0 && errno == EINTR { continue }
                if got < 0 { return -Int(errno) }
                if got == 0 { break }
                offset += got
            }
            return offset - start
        }
        if let failure = results.first(where: { $0 < 0 }) {
            throw .unreadable(path, reason: String(cString: strerror(Int32(-failure))))
        }
        // A file that shrank while being read is taken as far as it was read.
        let expected = (0..<slices).map { size * ($0 + 1) / slices - size * $0 / slices }
        if results != expected, let short = results.indices.first(where: { results[$0] != expected[$0] }) {
            buffer.shrink(to: size * short / slices + results[short])
        }
        return buffer
    }

    /// How much of the file to read: all of it, unless a NUL byte shows early that it is not text.
    /// Then only up to that byte, which is enough for the reader to name the line, without
    /// holding a gibibyte of zeros: the first byte of a hole (a sparse file) reads as NUL, and so
    /// does any NUL in the first 64 KiB.
    private static func textPrefixLength(_ descriptor: Int32, size: Int) -> Int {
        var length = size
        // SEEK_HOLE is 4 on Linux; Glibc's module leaves it out (it needs _GNU_SOURCE). A file
        // system without holes answers with the size.
        let hole = lseek(descriptor, 0, 4)
        if hole >= 0, Int(hole) < size { length = Int(hole) + 1 }
        var head = [UInt8](repeating: 0xFF, count: min(length, 65_536))
        let got = head.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        if got > 0, let zero = head[0..<got].firstIndex(of: 0) { length = min(length, zero + 1) }
        return length
    }

    /// True when the bytes hold a NUL or a byte order mark after the start: not CSV text, so the
    /// reference reader must read it and report where.
    static func hasNonTextBytes(_ buffer: ColumnBuffer<UInt8>) -> Bool {
        hasNonTextBytes(UnsafePointer(buffer.base), count: buffer.count, marksFrom: 1)
    }

    /// The same for `count` bytes at `base`, where a byte order mark counts from `marksFrom` on
    /// (1 for a whole file, whose first bytes may be one; 0 for a piece of its body).
    static func hasNonTextBytes(_ base: UnsafePointer<UInt8>, count: Int, marksFrom: Int) -> Bool {
        guard count > 0 else { return false }
        if memchr(base, 0, count) != nil { return true }
        // memchr finds each 0xEF quickly; only those can start a byte order mark.
        var offset = marksFrom
        while offset + 2 < count {
            guard let found = memchr(base + offset, 0xEF, count - offset) else { return false }
            let position = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            if position + 2 < count, base[position + 1] == 0xBB, base[position + 2] == 0xBF { return true }
            offset = position + 1
        }
        return false
    }
}
