/// Makes sample assessment visits: a few businesses per sector checked against their sector's
/// checklist, most passing, some failing a critical item, with corrective actions for failures.
public struct AssessmentSampler {
    private var random: SeededRandom

    public init(seed: UInt64) {
        random = SeededRandom(seed: seed &+ 0xA55E55)
    }

    static let assessors = [
        Assessor(name: "Dra. Euis Komalasari", nip: "196805121993032004", rank: "Pembina (IV/a)"),
        Assessor(name: "Asep Saepul Rohman, S.E.", nip: "197502282006041003", rank: "Penata Tk. I (III/d)"),
        Assessor(name: "Rina Marlina, S.Sos.", nip: "198310152010012015", rank: "Penata Muda Tk. I (III/b)"),
    ]

    static let streets = ["Jl. Merdeka", "Jl. Siliwangi", "Jl. Ahmad Yani", "Jl. Pahlawan", "Jl. Raya Cibeureum", "Jl. Pasar Baru",
                          "Jl. Cempaka", "Jl. Veteran", "Jl. Sukajadi", "Jl. Raya Timur"]

    /// `perSector` assessments for each checklist, of businesses in its sector.
    public mutating func assessments(checklists: [Checklist], registry: Registry, perSector: Int) -> [Assessment] {
        var out: [Assessment] = []
        for checklist in checklists.sorted(by: { $0.sector < $1.sector }) {
            let businesses = registry.businesses
            let candidates = businesses.rows(inSectors: [checklist.sector]).filter { businesses.status(at: $0) != .closed }
            guard !candidates.isEmpty else { continue }
            var used = Set<String>()
            for visit in 0..<perSector {
                let business = businesses[candidates[random.int(0...(candidates.count - 1))]]
                guard used.insert(business.id).inserted else { continue }
                let date = ISODate(year: 2020, month: 8 + visit % 5, day: random.int(1...28))?.description ?? "2020-09-01"
                var assessment = assess(business, with: checklist, date: date)
                // Time and address come from the key, not the random stream, so adding them left
                // every earlier sample answer as it was.
                let hash = assessment.key.utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
                assessment.visitTime = String(format: "%02d:%02d", 8 + Int(hash % 8), Int(hash / 8 % 4) * 15)
                assessment.address = "\(Self.streets[Int(hash / 32 % UInt64(Self.streets.count))]) No. \(1 + hash / 512 % 180), "
                    + registry.regionName(business.region, .id)
                out.append(assessment)
            }
        }
        return out
    }

    private mutating func assess(_ business: Business, with checklist: Checklist, date: String) -> Assessment {
        let key = "\(date)-\(business.id.lowercased())"
        var assessment = Assessment.new(
            for: checklist, businessID: business.id, assessor: random.pick(Self.assessors), date: date, key: key)
        // A careful business complies with almost everything; a careless one misses a lot.
        let diligence = random.chance(0.7) ? 0.93 : 0.7
        for item in checklist.items {
            let value: AnswerValue
            switch item.type {
            case .yesNoNA:
                if random.chance(0.06) { value = .notApplicable } else { value = random.chance(diligence) ? .yes : .no }
            case .number:
                let limit = item.failIf?.gt ?? item.failIf?.lt ?? 0
                let passes = random.chance(diligence)
                if let gt = item.failIf?.gt {
                    value = .number(passes ? gt - Double(random.int(1...12)) / 10 : gt + Double(random.int(1...8)) / 10)
                } else {
                    value = .number(passes ? limit + Double(random.int(0...10)) / 10 : max(0, limit - Double(random.int(1...4)) / 10))
                }
            case .text:
                value = .text(random.chance(0.5) ? "Tempat usaha bersih, pemilik kooperatif." : "Perlu pendampingan lanjutan.")
            }
            assessment = assessment.answering(item.key, with: value)
            if let action = assessment.proposedAction(for: item), let updated = try? assessment.withAction(item.key, action) {
                assessment = updated
            }
        }
        return assessment.withNotes(random.chance(0.5) ? "Kunjungan rutin pendampingan AKB." : nil)
    }
}
