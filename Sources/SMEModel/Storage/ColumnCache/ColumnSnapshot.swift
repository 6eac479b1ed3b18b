import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The parsed business registry as one binary file: a header with the key it was made from and
/// a checksum per section, then the columns as they lie in memory, each on a 64-byte boundary.
/// Loading maps the file and wraps the sections as columns, so a start reads no CSV at all.
/// A file whose header, size or any section's checksum is wrong is never used.
enum ColumnSnapshot {
    static let magic: UInt64 = 0x3130_4C4F_4344_454D   // "MEDCOL01"
    static let version: UInt64 = 4
    static let alignment = 64

    /// The sections in file order.
    enum Section: Int, CaseIterable {
        case meta, sideTables, text, spans, sectorCodes, regionCodes, scales, statuses, online, channelMasks, paymentMasks
        case employees, yearsFounded, onlineSince, nameOrder
        /// The id index's hash slots and table layout, so a start does not hash every id again.
        case idSlots, idTables
    }

    /// What a count needs besides its column: small, so JSON.
    struct Meta: Codable {
        var count: Int
        var textCount: Int
        var sectorValues: [String]
        var regionValues: [String]
    }

    /// The side tables (numbers too wide for Int32, channel and payment lists kept as written),
    /// as 64-bit words: a million rows can have a few hundred thousand entries, too many for JSON.
    /// Layout: wide count, then (key, value) pairs; channel count, then (row, length, indices…)
    /// with each list's catalogue indices; payments the same.
    static func encodeSideTables(_ columns: BusinessColumns) -> [Int64] {
        var words: [Int64] = [Int64(columns.wideNumbers.count)]
        for (key, value) in columns.wideNumbers.sorted(by: { $0.key < $1.key }) { words += [Int64(key), Int64(value)] }
        func lists<T: CaseIterable & Equatable>(_ table: [Int32: [T]]) {
            let all = Array(T.allCases)
            words.append(Int64(table.count))
            for (row, values) in table.sorted(by: { $0.key < $1.key }) {
                words += [Int64(row), Int64(values.count)] + values.map { Int64(all.firstIndex(of: $0) ?? 0) }
            }
        }
        lists(columns.channelLists)
        lists(columns.paymentLists)
        return words
    }

    static func decodeSideTables(_ words: UnsafeBufferPointer<Int64>, into parts: inout BusinessColumns.Parts) -> Bool {
        var at = 0
        func next() -> Int64? {
            guard at < words.count else { return nil }
            defer { at += 1 }
            return words[at]
        }
        guard let wide = next(), wide >= 0 else { return false }
        for _ in 0..<wide {
            guard let key = next(), let value = next() else { return false }
            parts.wideNumbers[Int(key)] = Int(value)
        }
        func lists<T: CaseIterable>(_ type: T.Type) -> [Int32: [T]]? {
            let all = Array(T.allCases)
            guard let count = next(), count >= 0 else { return nil }
            var table: [Int32: [T]] = [:]
            for _ in 0..<count {
                guard let row = next(), let length = next(), length >= 0, let key = Int32(exactly: row) else { return nil }
                var values: [T] = []
                for _ in 0..<length {
                    guard let index = next(), all.indices.contains(Int(index)) else { return nil }
                    values.append(all[Int(index)])
                }
                table[key] = values
            }
            return table
        }
        guard let channels = lists(Channel.self), let payments = lists(PaymentMethod.self), at == words.count else { return false }
        parts.channelLists = channels
        parts.paymentLists = payments
        return true
    }

    // MARK: - Writing

    /// Writes `columns` (with its name order) for `key` to `path`, through a temporary file renamed
    /// into place, so a reader never sees half a snapshot.
    static func write(_ columns: BusinessColumns, key: ColumnCacheKey, to path: String) throws {
        let meta = Meta(count: columns.count, textCount: columns.text.count, sectorValues: columns.sectorValues, regionValues: columns.regionValues)
        let metaData = try JSONEncoder().encode(meta)
        let sides = encodeSideTables(columns)
        let order = columns.order(.name).rows
        let ids = columns.ids
        let idTables: [Int64] = [Int64(ids.bucketShift), Int64(ids.tableStarts.count)] + ids.tableStarts.map(Int64.init)
            + [Int64(ids.tableMasks.count)] + ids.tableMasks.map(Int64.init)
        // The columns' memory is stable; the meta and the order are arrays, framed below.
        let columnParts = [raw(columns.text), raw(columns.spans), raw(columns.sectorCodes), raw(columns.regionCodes),
                           raw(columns.scales), raw(columns.statuses), raw(columns.online), raw(columns.channelMasks), raw(columns.paymentMasks),
                           raw(columns.employees), raw(columns.yearsFounded), raw(columns.onlineSince)]
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = folder + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteNoPermission) }
        var closed = false
        defer {
            if !closed { close(descriptor) }
            unlink(temporary)
        }
        try metaData.withUnsafeBytes { metaBytes in
          try sides.withUnsafeBytes { sideBytes in
            try order.withUnsafeBytes { orderBytes in
              try idTables.withUnsafeBytes { tableBytes in
                let parts = [UnsafeRawBufferPointer(metaBytes), UnsafeRawBufferPointer(sideBytes)] + columnParts
                    + [UnsafeRawBufferPointer(orderBytes), raw(ids.slots), UnsafeRawBufferPointer(tableBytes)]
                let headerSize = align(8 * (2 + key.words.count + 2 + 3 * parts.count + 1))
                var offset = headerSize
                var table: [UInt64] = []
                for part in parts {
                    table += [UInt64(offset), UInt64(part.count), ColumnChecksum.section(part)]
                    offset = align(offset + part.count)
                }
                var header: [UInt64] = [magic, version] + key.words + [UInt64(meta.count), UInt64(parts.count)] + table
                header.append(header.withUnsafeBytes { ColumnChecksum.update(ColumnChecksum.seed, $0) })
                try header.withUnsafeBytes { try writeAll(descriptor, $0, at: 0) }
                for (index, part) in parts.enumerated() { try writeAll(descriptor, part, at: Int(table[index * 3])) }
                guard ftruncate(descriptor, off_t(offset)) == 0, fsync(descriptor) == 0 else { throw CocoaError(.fileWriteUnknown) }
              }
            }
          }
        }
        close(descriptor)
        closed = true
        guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    private static func raw<T>(_ buffer: ColumnBuffer<T>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: buffer.base, count: buffer.count * MemoryLayout<T>.stride)
    }

    private static func align(_ value: Int) -> Int { (value + alignment - 1) / alignment * alignment }

    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws {
        var done = 0
        while done < bytes.count {
            let written = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            guard written > 0 else { throw CocoaError(.fileWriteUnknown) }
            done += written
        }
    }

    // MARK: - Reading

    /// A snapshot file whose header matched the key; each section is checked when first asked for.
    struct Opened {
        let file: MappedFile
        let count: Int
        let table: [(offset: Int, length: Int, checksum: UInt64)]

        /// The section's bytes when its checksum holds. Each checked piece's pages are handed
        /// back at once: checking must not make the whole snapshot resident, or a 2 GB snapshot
        /// would cost 2 GB of memory at every start. They come back from the page cache when used.
        func section(_ section: Section) -> UnsafeRawBufferPointer? {
            let entry = table[section.rawValue]
            let bytes = UnsafeRawBufferPointer(rebasing: file.bytes[entry.offset..<(entry.offset + entry.length)])
            return ColumnChecksum.section(bytes, releasingPages: true) == entry.checksum ? bytes : nil
        }

        var meta: Meta? {
            guard let bytes = section(.meta), let meta = try? JSONDecoder().decode(Meta.self, from: Data(bytes)), meta.count == count
            else { return nil }
            return meta
        }
    }

    /// The snapshot at `path` when it was made for `key` and its header and size are whole.
    static func open(_ path: String, key: ColumnCacheKey) -> Opened? {
        guard let file = MappedFile(path) else { return nil }
        let bytes = file.bytes
        let words = key.words.count
        let fixed = 2 + words + 2
        guard bytes.count >= 8 * fixed else { return nil }
        func word(_ index: Int) -> UInt64 { bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self) }
        guard word(0) == magic, word(1) == version, (0..<words).allSatisfy({ word(2 + $0) == key.words[$0] }) else { return nil }
        let count = Int(word(2 + words)), sectionCount = Int(word(3 + words))
        guard sectionCount == Section.allCases.count else { return nil }
        let tableEnd = fixed + 3 * sectionCount
        guard bytes.count >= 8 * (tableEnd + 1),
              ColumnChecksum.update(ColumnChecksum.seed, UnsafeRawBufferPointer(rebasing: bytes[0..<(8 * tableEnd)])) == word(tableEnd)
        else { return nil }
        var table: [(offset: Int, length: Int, checksum: UInt64)] = []
        for index in 0..<sectionCount {
            let offset = Int(word(fixed + index * 3)), length = Int(word(fixed + index * 3 + 1))
            // A truncated file ends before its last section does.
            guard offset % alignment == 0, offset >= 0, length >= 0, offset + length <= bytes.count else { return nil }
            table.append((offset, length, word(fixed + index * 3 + 2)))
        }
        return Opened(file: file, count: count, table: table)
    }

    /// The columns of the snapshot at `path` when it was made for `key` and is whole; nil
    /// otherwise (missing, stale, truncated or corrupt).
    static func read(_ path: String, key: ColumnCacheKey) -> BusinessColumns? {
        guard let opened = open(path, key: key), let meta = opened.meta else { return nil }
        let count = opened.count
        func column<T>(_ section: Section, _ elements: Int, as type: T.Type) -> ColumnBuffer<T>? {
            guard let part = opened.section(section), part.count == elements * MemoryLayout<T>.stride else { return nil }
            guard let base = part.baseAddress, elements > 0 else { return ColumnBuffer<T>(uninitializedCount: 0) }
            return ColumnBuffer(mapped: UnsafeMutableRawPointer(mutating: base).assumingMemoryBound(to: T.self), count: elements, mapping: opened.file)
        }
        let width = 2 * BusinessColumns.textFieldCount
        guard let text = column(.text, meta.textCount, as: UInt8.self), let spans = column(.spans, count * width, as: UInt32.self),
              let sectorCodes = column(.sectorCodes, count, as: UInt16.self), let regionCodes = column(.regionCodes, count, as: UInt16.self),
              let scales = column(.scales, count, as: UInt8.self), let statuses = column(.statuses, count, as: UInt8.self),
              let online = column(.online, count, as: UInt8.self), let channelMasks = column(.channelMasks, count, as: UInt16.self),
              let paymentMasks = column(.paymentMasks, count, as: UInt8.self), let employees = column(.employees, count, as: Int32.self),
              let yearsFounded = column(.yearsFounded, count, as: Int32.self), let onlineSince = column(.onlineSince, count, as: Int32.self),
              let order = opened.section(.nameOrder), order.count == count * 4,
              let sides = opened.section(.sideTables), sides.count % 8 == 0,
              let tables = opened.section(.idTables), tables.count % 8 == 0, let idSlots = opened.section(.idSlots), idSlots.count % 8 == 0
        else { return nil }
        var parts = BusinessColumns.Parts(
            count: count, text: text, spans: spans, sectorCodes: sectorCodes, regionCodes: regionCodes, sectorValues: meta.sectorValues,
            regionValues: meta.regionValues, scales: scales, statuses: statuses, online: online, channelMasks: channelMasks,
            paymentMasks: paymentMasks, employees: employees, yearsFounded: yearsFounded, onlineSince: onlineSince)
        let words = Array(sides.bindMemory(to: Int64.self))
        guard words.withUnsafeBufferPointer({ decodeSideTables($0, into: &parts) }) else { return nil }
        let layout = Array(tables.bindMemory(to: Int64.self))
        guard layout.count >= 2, let startCount = Int(exactly: layout[1]), startCount >= 1, layout.count >= 3 + startCount,
              let maskCount = Int(exactly: layout[2 + startCount]), layout.count == 3 + startCount + maskCount, maskCount == startCount - 1
        else { return nil }
        let tableStarts = layout[2..<(2 + startCount)].map { Int($0) }, tableMasks = layout[(3 + startCount)...].map { Int($0) }
        // The layout must describe exactly the slots there are, or a lookup could read past them.
        guard tableStarts.last == idSlots.count / 8, zip(tableStarts, tableStarts.dropFirst()).allSatisfy({ $1 - $0 > 0 }),
              zip(tableMasks, zip(tableStarts, tableStarts.dropFirst())).allSatisfy({ mask, range in mask == range.1 - range.0 - 1 }),
              let slotBase = idSlots.baseAddress
        else { return nil }
        let slots = ColumnBuffer(mapped: UnsafeMutableRawPointer(mutating: slotBase).assumingMemoryBound(to: UInt64.self),
                                 count: idSlots.count / 8, mapping: opened.file)
        let index = BusinessIDIndex(slots: slots, tableStarts: tableStarts, tableMasks: tableMasks, bucketShift: UInt64(bitPattern: layout[0]),
                                    text: text, spans: spans)
        let columns = BusinessColumns(parts, ids: index)
        // Checking read every page; let them go, so memory holds only what is used from now on.
        opened.file.releasePages()
        columns.setOrder(.name, BusinessOrder(rows: Array(order.bindMemory(to: Int32.self))))
        return columns
    }

    /// Rows per value of a code column (sector or region), reading and checking only that column.
    static func codeCounts(_ path: String, key: ColumnCacheKey, section: Section) -> [String: Int]? {
        guard section == .sectorCodes || section == .regionCodes, let opened = open(path, key: key), let meta = opened.meta,
              let part = opened.section(section), part.count == opened.count * 2 else { return nil }
        let values = section == .sectorCodes ? meta.sectorValues : meta.regionValues
        var totals = [Int](repeating: 0, count: values.count)
        for code in part.bindMemory(to: UInt16.self) {
            guard Int(code) < totals.count else { return nil }
            totals[Int(code)] += 1
        }
        return Dictionary(zip(values, totals), uniquingKeysWith: +)
    }
}

/// A read-only file mapped copy-on-write, unmapped when the last column over it goes.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    init?(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        // Private and writable: the columns' pointers are mutable, but nothing writes back.
        guard let base = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
    }

    /// Drops the pages read so far from this process (they come back from the page cache when
    /// touched again); nothing was written to them, so nothing is lost.
    func releasePages() {
        Self.releasePages(of: bytes)
    }

    /// The same for the whole pages inside `part` of a mapping.
    static func releasePages(of part: UnsafeRawBufferPointer) {
        guard let base = part.baseAddress else { return }
        let page = Int(getpagesize())
        let start = (Int(bitPattern: base) + page - 1) / page * page, end = (Int(bitPattern: base) + part.count) / page * page
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, end - start, 4 /* MADV_DONTNEED */)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
