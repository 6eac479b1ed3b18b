/// Writes scanned `registry/businesses.csv` records into the column store, one chunk's rows at
/// `rowBase...`. Values are parsed by the reference parsers (through per-column caches), so a
/// value this accepts is exactly one the reference reader accepts; anything else stops the chunk
/// and the loader asks the reference reader for the located error.
struct BusinessRowSink: CSVRecordSink {
    /// Where each of `RegistryColumns.businesses` is in the file's header.
    struct Layout {
        var positions: [Int]
        var sectorCodes: [String: Int]
        var regionCodes: [String: Int]
    }

    /// A channel or payment set: its mask, and the list as written when the mask alone would not
    /// give it back.
    struct EnumSet {
        var mask: UInt64
        var asWritten: [Int]?
    }

    let parts: BusinessColumns.Parts
    let layout: Layout
    let rowBase: Int
    let rowCapacity: Int
    private(set) var rows = 0
    /// (row, text field) pairs whose text still holds doubled quotes.
    private(set) var escaped: [(row: Int, field: Int)] = []
    private(set) var wideNumbers: [Int: Int] = [:]
    private(set) var channelLists: [Int32: [Channel]] = [:]
    private(set) var paymentLists: [Int32: [PaymentMethod]] = [:]

    /// Raw column pointers: the hot loop then touches no reference counts. `parts` keeps the
    /// buffers alive.
    private let spans: UnsafeMutablePointer<UInt32>
    private let sectorCodes: UnsafeMutablePointer<UInt16>, regionCodes: UnsafeMutablePointer<UInt16>
    private let scales: UnsafeMutablePointer<UInt8>, statuses: UnsafeMutablePointer<UInt8>, online: UnsafeMutablePointer<UInt8>
    private let channelMasks: UnsafeMutablePointer<UInt16>, paymentMasks: UnsafeMutablePointer<UInt8>
    private let employees: UnsafeMutablePointer<Int32>, yearsFounded: UnsafeMutablePointer<Int32>
    private let onlineSince: UnsafeMutablePointer<Int32>
    private let bufferEnd: Int
    private let at: Positions

    /// Caches of the columns that parse to a small code: sector, region, scale, online, status.
    private var codes = [ByteValueCache<Int?>](repeating: ByteValueCache(), count: 5)
    /// Caches of the channel and payment lists.
    private var sets = [ByteValueCache<EnumSet?>](repeating: ByteValueCache(), count: 2)

    /// Header positions of the columns, by name.
    private struct Positions {
        var id, name, owner, nik, phone, sector, region, scale, nib, employees, founded, online, since, channels, payments, status: Int
        init(_ p: [Int]) {
            (id, name, owner, nik, phone, sector, region, scale) = (p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7])
            (nib, employees, founded, online, since, channels, payments, status) = (p[8], p[9], p[10], p[11], p[12], p[13], p[14], p[15])
        }
    }

    private enum CodeColumn: Int { case sector, region, scale, online, status }

    init(parts: BusinessColumns.Parts, layout: Layout, rowBase: Int, rowCapacity: Int) {
        self.parts = parts
        self.layout = layout
        self.rowBase = rowBase
        self.rowCapacity = rowCapacity
        spans = parts.spans.base
        sectorCodes = parts.sectorCodes.base
        regionCodes = parts.regionCodes.base
        scales = parts.scales.base
        statuses = parts.statuses.base
        online = parts.online.base
        channelMasks = parts.channelMasks.base
        paymentMasks = parts.paymentMasks.base
        employees = parts.employees.base
        yearsFounded = parts.yearsFounded.base
        onlineSince = parts.onlineSince.base
        bufferEnd = parts.text.count
        at = Positions(layout.positions)
    }

    mutating func record(_ fields: UnsafePointer<CSVFieldSpan>, bytes: UnsafePointer<UInt8>) -> Bool {
        guard rows < rowCapacity else { return false }
        let row = rowBase + rows
        let textSlots = spans + row * BusinessColumns.textFieldCount * 2
        text(fields[at.id], .id, row, textSlots)
        text(fields[at.name], .name, row, textSlots)
        text(fields[at.owner], .owner, row, textSlots)
        text(fields[at.nik], .ownerNIK, row, textSlots)
        text(fields[at.phone], .phone, row, textSlots)
        text(fields[at.nib], .nib, row, textSlots)
        // Required texts and the NIK's 16 digits (quotes are never digits, so raw bytes decide).
        if fields[at.id].end == fields[at.id].start || fields[at.name].end == fields[at.name].start { return false }
        if !Self.isSafeName(fields[at.id], bytes) { return false }
        let nik = fields[at.nik]
        if nik.end > nik.start {
            if nik.end - nik.start != 16 { return false }
            for index in nik.start..<nik.end where bytes[index] &- 48 > 9 { return false }
        }
        guard let sector = code(.sector, fields[at.sector], bytes),
              let region = code(.region, fields[at.region], bytes),
              let scale = code(.scale, fields[at.scale], bytes),
              let isOnline = code(.online, fields[at.online], bytes),
              let status = code(.status, fields[at.status], bytes),
              let staff = Self.number(fields[at.employees], bytes), staff >= 0, staff < 1_000_000_000_000_000,
              let founded = Self.number(fields[at.founded], bytes),
              let channelSet = set(0, fields[at.channels], bytes),
              let paymentSet = set(1, fields[at.payments], bytes)
        else { return false }
        let since = fields[at.since]
        var sinceYear: Int?
        if since.end > since.start {
            guard let year = Self.number(since, bytes) else { return false }
            sinceYear = year
        }
        sectorCodes[row] = UInt16(truncatingIfNeeded: sector)
        regionCodes[row] = UInt16(truncatingIfNeeded: region)
        scales[row] = UInt8(truncatingIfNeeded: scale)
        statuses[row] = UInt8(truncatingIfNeeded: status)
        online[row] = UInt8(truncatingIfNeeded: isOnline)
        channelMasks[row] = UInt16(truncatingIfNeeded: channelSet.mask)
        paymentMasks[row] = UInt8(truncatingIfNeeded: paymentSet.mask)
        if let list = channelSet.asWritten { channelLists[Int32(row)] = list.map { Channel.allCases[$0] } }
        if let list = paymentSet.asWritten { paymentLists[Int32(row)] = list.map { PaymentMethod.allCases[$0] } }
        store(staff, row, .employees, employees)
        store(founded, row, .yearFounded, yearsFounded)
        store(sinceYear, row, .onlineSince, onlineSince)
        rows += 1
        return true
    }

    /// `SafeName`'s pattern on raw bytes; anything else (a quoted id too) goes to the reference
    /// reader, which accepts it or names the row.
    @inline(__always)
    static func isSafeName(_ span: CSVFieldSpan, _ bytes: UnsafePointer<UInt8>) -> Bool {
        let count = span.end - span.start
        guard count > 0, count <= SafeName.maximumBytes else { return false }
        let first = bytes[span.start]
        if first == UInt8(ascii: ".") || first == UInt8(ascii: "-") { return false }
        var previousDot = false
        for index in span.start..<span.end {
            let byte = bytes[index]
            let isDot = byte == UInt8(ascii: ".")
            if !SafeName.isAllowed(byte) || (isDot && previousDot) { return false }
            previousDot = isDot
        }
        return true
    }

    @inline(__always)
    private mutating func text(
        _ span: CSVFieldSpan, _ field: BusinessColumns.TextField, _ row: Int, _ slots: UnsafeMutablePointer<UInt32>
    ) {
        slots[field.rawValue * 2] = UInt32(truncatingIfNeeded: span.start)
        slots[field.rawValue * 2 + 1] = UInt32(truncatingIfNeeded: span.end)
        if span.escaped { escaped.append((row, field.rawValue)) }
    }

    @inline(__always)
    private mutating func store(_ value: Int?, _ row: Int, _ field: BusinessColumns.NumberField, _ column: UnsafeMutablePointer<Int32>) {
        if let value, let narrow = Int32(exactly: value), narrow != BusinessColumns.absent {
            column[row] = narrow
        } else {
            column[row] = BusinessColumns.absent
            if let value { wideNumbers[row * 3 + field.rawValue] = value }
        }
    }

    /// A cell's code through its column's cache.
    @inline(__always)
    private mutating func code(_ column: CodeColumn, _ span: CSVFieldSpan, _ bytes: UnsafePointer<UInt8>) -> Int? {
        if !span.escaped, let hit = codes[column.rawValue].lookup(bytes, span.start, span.end, bufferEnd: bufferEnd) { return hit }
        return codeMiss(column, span, bytes)
    }

    /// Parses a text not seen before with the reference parsers and remembers it.
    @inline(never)
    private mutating func codeMiss(_ column: CodeColumn, _ span: CSVFieldSpan, _ bytes: UnsafePointer<UInt8>) -> Int? {
        let text = Self.unescaped(span, bytes)
        let value: Int? = switch column {
        case .sector: layout.sectorCodes[text]
        case .region: layout.regionCodes[text]
        case .scale: Scale(parsing: text).flatMap { Scale.allCases.firstIndex(of: $0) }
        case .online: CSVRow.bool(text).map { $0 ? 1 : 0 }
        case .status: OperatingStatus(rawValue: text.lowercased()).flatMap { OperatingStatus.allCases.firstIndex(of: $0) }
        }
        if !span.escaped { codes[column.rawValue].store(value, bytes, span.start, span.end, bufferEnd: bufferEnd) }
        return value
    }

    /// A channel (0) or payment (1) list through its cache.
    @inline(__always)
    private mutating func set(_ column: Int, _ span: CSVFieldSpan, _ bytes: UnsafePointer<UInt8>) -> EnumSet? {
        if !span.escaped, let hit = sets[column].lookup(bytes, span.start, span.end, bufferEnd: bufferEnd) { return hit }
        return setMiss(column, span, bytes)
    }

    @inline(never)
    private mutating func setMiss(_ column: Int, _ span: CSVFieldSpan, _ bytes: UnsafePointer<UInt8>) -> EnumSet? {
        let text = Self.unescaped(span, bytes)
        let value = column == 0
            ? Self.enumSet(text, Channel.init(parsing:))
            : Self.enumSet(text) { PaymentMethod(rawValue: $0.lowercased()) }
        if !span.escaped { sets[column].store(value, bytes, span.start, span.end, bufferEnd: bufferEnd) }
        return value
    }

    /// `Int(text)`, with a fast path for plain digits.
    @inline(__always) static func number(_ span: CSVFieldSpan, _ bytes: UnsafePointer<UInt8>) -> Int? {
        let length = span.end - span.start
        if length > 0 && length <= 18 && !span.escaped {
            var value = 0
            var index = span.start
            while index < span.end {
                let digit = bytes[index] &- 48
                if digit > 9 { break }
                value = value * 10 + Int(digit)
                index += 1
            }
            if index == span.end { return value }
        }
        return Int(unescaped(span, bytes))
    }

    /// The text of a cell, with doubled quotes made single.
    static func unescaped(_ span: CSVFieldSpan, _ bytes: UnsafePointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(span.end - span.start)
        var index = span.start
        while index < span.end {
            out.append(bytes[index])
            index += span.escaped && bytes[index] == CSVScanner.quote && index + 1 < span.end && bytes[index + 1] == CSVScanner.quote ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func enumSet<T: CaseIterable & Equatable>(_ text: String, _ parse: (String) -> T?) -> EnumSet? {
        guard case .success(let list) = CSVRow.list(text, parse) else { return nil }
        let all = Array(T.allCases)
        let (mask, canonical) = BusinessColumns.mask(list, in: all)
        return EnumSet(mask: mask, asWritten: canonical ? nil : list.map { all.firstIndex(of: $0) ?? 0 })
    }
}
