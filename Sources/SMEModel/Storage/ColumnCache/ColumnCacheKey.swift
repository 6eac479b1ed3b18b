import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a column snapshot was made from: the CSV's size, modification time, inode and a hash of
/// samples of its bytes, and the sector and region lists its codes index into. Any difference
/// and the snapshot is not used. The hash reads samples (the first and last megabyte and 62
/// blocks of 64 KB spread over the file), not the whole file: hashing 840 MB on every start
/// would cost what the cache saves, and an edit leaves the size, the time or a sample changed.
struct ColumnCacheKey: Hashable, Sendable {
    var size: UInt64
    var modified: Int64
    var inode: UInt64
    var device: UInt64
    var sampleHash: UInt64
    var codesHash: UInt64

    static let sampleCount = 62
    static let sampleBytes = 64 * 1024
    static let endBytes = 1 << 20

    init?(csv path: String, sectorKeys: [String], regionCodes: [String]) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        size = UInt64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
        device = UInt64(info.st_dev)
        guard let samples = Self.samples(path, size: Int(size)) else { return nil }
        sampleHash = samples
        codesHash = ColumnChecksum.of(Data((sectorKeys.joined(separator: "\n") + "\u{0}" + regionCodes.joined(separator: "\n")).utf8))
    }

    init(size: UInt64, modified: Int64, inode: UInt64, device: UInt64, sampleHash: UInt64, codesHash: UInt64) {
        self.size = size
        self.modified = modified
        self.inode = inode
        self.device = device
        self.sampleHash = sampleHash
        self.codesHash = codesHash
    }

    var words: [UInt64] { [size, UInt64(bitPattern: modified), inode, device, sampleHash, codesHash] }

    private static func samples(_ path: String, size: Int) -> UInt64? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var ranges: [(offset: Int, length: Int)] = [(0, min(endBytes, size)), (max(size - endBytes, 0), min(endBytes, size))]
        if size > 2 * endBytes {
            let step = (size - 2 * endBytes) / (sampleCount + 1)
            for index in 1...sampleCount { ranges.append((endBytes + index * step, min(sampleBytes, size - endBytes - index * step))) }
        }
        var hash = ColumnChecksum.seed
        var buffer = [UInt8](repeating: 0, count: endBytes)
        for range in ranges where range.length > 0 {
            let read = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, range.length, off_t(range.offset)) }
            guard read == range.length else { return nil }
            hash = buffer.withUnsafeBytes { ColumnChecksum.update(hash, UnsafeRawBufferPointer(rebasing: $0.prefix(read))) }
        }
        return hash
    }
}

/// A fast checksum of bytes, eight at a time: it catches a corrupt or truncated cache, it is
/// not a defence against someone forging one (the cache lives in the user's own folder).
enum ColumnChecksum {
    static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

    static func of(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { update(seed, $0) }
    }

    /// The checksum of a large section: 8 MB pieces on all cores, then the pieces' sums. With
    /// `releasingPages`, the whole pages of each piece of a mapped file are dropped from this
    /// process once summed (MADV_DONTNEED; they were only read).
    static func section(_ bytes: UnsafeRawBufferPointer, releasingPages: Bool = false) -> UInt64 {
        let piece = 8 << 20
        let pieces = (bytes.count + piece - 1) / piece
        guard pieces > 1 else { return fourLanes(bytes) }
        let sums = ParallelWork.map(pieces) { index in
            let part = UnsafeRawBufferPointer(rebasing: bytes[(index * piece)..<min((index + 1) * piece, bytes.count)])
            let sum = fourLanes(part)
            if releasingPages { MappedFile.releasePages(of: part) }
            return sum
        }
        return sums.withUnsafeBytes { update(seed, $0) }
    }

    /// `update` over four interleaved lanes: the multiplies of four words overlap, so a section
    /// is summed about as fast as memory delivers it (two lanes left the start of a 2 GB snapshot
    /// waiting on the multiplier).
    static func fourLanes(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var a = seed, b = seed ^ 0xC2B2_AE3D_27D4_EB4F, c = seed ^ 0x1656_67B1_9E37_79F9, d = seed ^ 0x27D4_EB2F_1656_67C5
        let words = bytes.count / 8
        var index = 0
        while index + 4 <= words {
            let offset = index * 8
            a = (a ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            b = (b ^ bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* prime
            c = (c ^ bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)) &* prime
            d = (d ^ bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)) &* prime
            index += 4
        }
        let tail = update(seed, UnsafeRawBufferPointer(rebasing: bytes[(index * 8)...]))
        return [a, b, c, d, tail, UInt64(bytes.count)].withUnsafeBytes { update(seed, $0) }
    }

    static func update(_ hash: UInt64, _ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var a = hash, b = hash ^ 0xC2B2_AE3D_27D4_EB4F
        let words = bytes.count / 8
        var index = 0
        // Two lanes, so the multiply latency of one hides behind the other.
        while index + 1 < words {
            a = (a ^ bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            b = (b ^ bytes.loadUnaligned(fromByteOffset: index * 8 + 8, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            index += 2
        }
        if index < words { a = (a ^ bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* 0x0000_0100_0000_01B3 }
        for byte in bytes[(words * 8)...] { b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return (a ^ (b >> 29) ^ UInt64(bytes.count)) &* 0xFF51_AFD7_ED55_8CCD
    }
}
