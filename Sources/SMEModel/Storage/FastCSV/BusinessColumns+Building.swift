extension BusinessColumns {
    /// Stores `businesses` by column (for registries made in code: the generator, tests, and the
    /// reference loader's result). `sectorKeys` and `regionCodes` come first in the code tables.
    static func make(_ businesses: [Business], sectorKeys: [String], regionCodes: [String]) -> BusinessColumns {
        var textBytes: [UInt8] = []
        textBytes.reserveCapacity(businesses.count * 80)
        var sectors = CodeTable(sectorKeys)
        var regions = CodeTable(regionCodes)
        var sectorCodes: [UInt16] = [], regionCodesColumn: [UInt16] = []
        sectorCodes.reserveCapacity(businesses.count)
        regionCodesColumn.reserveCapacity(businesses.count)
        var spanValues: [UInt32] = []
        spanValues.reserveCapacity(businesses.count * 2 * textFieldCount)
        for business in businesses {
            sectorCodes.append(sectors.code(business.sector))
            regionCodesColumn.append(regions.code(business.region))
            for value in [business.id, business.name, business.owner, business.ownerNIK ?? "", business.phone, business.nib ?? ""] {
                spanValues.append(UInt32(truncatingIfNeeded: textBytes.count))
                textBytes.append(contentsOf: value.utf8)
                spanValues.append(UInt32(truncatingIfNeeded: textBytes.count))
            }
        }
        var parts = Parts(
            count: businesses.count, text: ColumnBuffer(textBytes), sectorValues: sectors.values, regionValues: regions.values)
        spanValues.withUnsafeBufferPointer { source in
            if let from = source.baseAddress { parts.spans.base.update(from: from, count: source.count) }
        }
        for (row, business) in businesses.enumerated() {
            parts.sectorCodes[row] = sectorCodes[row]
            parts.regionCodes[row] = regionCodesColumn[row]
            parts.scales[row] = UInt8(Scale.allCases.firstIndex(of: business.scale) ?? 0)
            parts.statuses[row] = UInt8(OperatingStatus.allCases.firstIndex(of: business.status) ?? 0)
            parts.online[row] = business.online ? 1 : 0
            let channels = Self.mask(business.channels, in: Channel.allCases)
            parts.channelMasks[row] = UInt16(truncatingIfNeeded: channels.mask)
            if !channels.isCanonical { parts.channelLists[Int32(row)] = business.channels }
            let payments = Self.mask(business.payments, in: PaymentMethod.allCases)
            parts.paymentMasks[row] = UInt8(truncatingIfNeeded: payments.mask)
            if !payments.isCanonical { parts.paymentLists[Int32(row)] = business.payments }
            parts.store(business.employees, row: row, .employees)
            parts.store(business.yearFounded, row: row, .yearFounded)
            parts.store(business.onlineSince, row: row, .onlineSince)
        }
        return BusinessColumns(parts)
    }

    /// The bit mask of `list`, and whether the mask alone gives the list back (catalogue order,
    /// no repeats).
    static func mask<T: Equatable>(_ list: [T], in all: [T]) -> (mask: UInt64, isCanonical: Bool) {
        var mask: UInt64 = 0
        var last = -1
        var canonical = true
        for value in list {
            let bit = all.firstIndex(of: value) ?? 0
            if bit <= last { canonical = false }
            last = bit
            mask |= 1 << UInt64(bit)
        }
        return (mask, canonical)
    }
}

extension BusinessColumns.Parts {
    /// Stores a number in its `Int32` column, or in `wideNumbers` when it does not fit.
    mutating func store(_ value: Int?, row: Int, _ field: BusinessColumns.NumberField) {
        let column = switch field {
        case .employees: employees
        case .yearFounded: yearsFounded
        case .onlineSince: onlineSince
        }
        if let value, let narrow = Int32(exactly: value), narrow != BusinessColumns.absent {
            column[row] = narrow
        } else {
            column[row] = BusinessColumns.absent
            if let value { wideNumbers[row * 3 + field.rawValue] = value }
        }
    }
}

/// Gives each distinct text a small code, in order of first appearance after the given ones.
struct CodeTable {
    private(set) var values: [String] = []
    private var codes: [String: UInt16] = [:]

    init(_ initial: [String]) {
        for value in initial { _ = code(value) }
    }

    mutating func code(_ value: String) -> UInt16 {
        if let existing = codes[value] { return existing }
        let next = UInt16(truncatingIfNeeded: values.count)
        codes[value] = next
        values.append(value)
        return next
    }
}
