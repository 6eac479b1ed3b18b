/// Makes sample assessment visits: a few businesses per sector checked against their sector's
/// checklist, most passing, some failing a critical item, with corrective actions for failures.
public struct AssessmentSampler {
    private var random: SeededRandom

    public init(seed: UInt64) {
        random = SeededRandom(seed: seed &+ 0xA55E55)
    }

    static let assessors = [
        Assessor(name: "Dra. Euis Komalasari", nip: "196805121993032004"),
        Assessor(name: "Asep Saepul Rohman, S.E.", nip: "197502282006041003"),
        Assessor(name: "Rina Marlina, S.Sos.", nip: "198310152010012015"),
    ]

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
                out.append(assess(business, with: checklist, date: date))
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
