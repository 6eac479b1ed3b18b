import Foundation

/// Settings for `smedash generate`.
public struct GeneratorSettings: Sendable, Equatable {
    public var businesses: Int
    public var cooperatives: Int
    /// Responses per survey wave (three waves).
    public var responsesPerWave: Int
    public var seed: UInt64

    public init(businesses: Int = 800, cooperatives: Int = 150, responsesPerWave: Int = 350, seed: UInt64 = 2020) {
        self.businesses = businesses
        self.cooperatives = cooperatives
        self.responsesPerWave = responsesPerWave
        self.seed = seed
    }
}

/// Makes a realistic, reproducible registry and survey from the West Java figures in
/// `docs/data-sources.md`: sector and scale shares, online adoption rising from about a fifth in
/// 2020 to about a third, WhatsApp far ahead of social media and marketplaces.
public struct SampleGenerator {
    public let settings: GeneratorSettings
    private var random: SeededRandom

    public init(settings: GeneratorSettings) {
        self.settings = settings
        self.random = SeededRandom(seed: settings.seed)
    }

    public mutating func makeRegistry() -> Registry {
        let businesses = (0..<settings.businesses).map { makeBusiness(number: $0 + 1) }
        let cooperatives = (0..<settings.cooperatives).map { makeCooperative(number: $0 + 1) }
        let waves = SurveyPlan.waves
        var responses: [SurveyResponse] = []
        for plan in SurveyPlan.all {
            responses += makeResponses(plan, from: businesses)
        }
        return Registry(
            regions: WestJava.regions, sectors: WestJava.sectors, businesses: businesses,
            cooperatives: cooperatives, waves: waves, responses: responses)
    }

    // MARK: - Businesses

    private mutating func makeBusiness(number: Int) -> Business {
        let region = pickRegion()
        let sectorKeys = WestJava.sectors.map(\.key)
        let sector = sectorKeys[random.weightedIndex(sectorKeys.map { WestJava.sectorWeights[$0] ?? 0.05 })]
        let scale: Scale = [Scale.micro, .small, .medium][random.weightedIndex([0.85, 0.136, 0.014])]
        let isFemale = random.chance(sector == "salon" || sector == "tailoring" ? 0.7 : 0.5)
        let owner = personName(female: isFemale)
        let employees: Int = switch scale {
        case .micro: random.int(1...4)
        case .small: random.int(5...19)
        case .medium: random.int(20...99)
        }
        let founded = random.int(1995...2021)
        // About a third online by 2022; bigger firms more often. Start years put roughly 12% online
        // before 2020, 22% during 2020 and 30% by late 2021.
        let onlineChance = scale == .micro ? 0.32 : 0.5
        let online = random.chance(onlineChance)
        var since: Int?
        if online {
            let year = [2016, 2018, 2019, 2020, 2021, 2022][random.weightedIndex([0.1, 0.12, 0.14, 0.3, 0.26, 0.08])]
            since = max(year, founded)
        }
        let channels = online ? pickChannels(sector: sector) : []
        var payments: [PaymentMethod] = [.cash]
        if random.chance(online ? 0.6 : 0.2) { payments.append(.transfer) }
        if random.chance(online ? 0.35 : 0.08) { payments.append(.qris) }
        if random.chance(online ? 0.25 : 0.05) { payments.append(.ewallet) }
        if scale != .micro, random.chance(0.2) { payments.append(.card) }
        let status = [OperatingStatus.normal, .reduced, .remote, .paused, .closed][
            random.weightedIndex([0.72, 0.18, 0.02, 0.06, 0.02])]
        return Business(
            id: "UMK-\(region)-\(pad(number, 5))", name: businessName(sector: sector, owner: owner, female: isFemale),
            owner: owner, ownerNIK: random.chance(0.92) ? nik(region: region, female: isFemale) : nil,
            phone: "08" + ["11", "12", "13", "21", "22", "52", "53", "56", "57", "77", "78", "95", "96"].randomPick(&random)
                + random.digits(random.chance(0.5) ? 7 : 8),
            sector: sector, region: region, scale: scale,
            nib: random.chance(scale == .micro ? 0.4 : 0.85) ? "1" + random.digits(12) : nil,
            employees: employees, yearFounded: founded, online: online, onlineSince: since,
            channels: channels, payments: payments, status: status)
    }

    /// WhatsApp about 94% of online sellers, social media about half, marketplaces about a fifth,
    /// websites about 2% (BPS e-commerce statistics 2021); food-delivery apps for food sellers.
    private mutating func pickChannels(sector: String) -> [Channel] {
        var set: [Channel] = []
        if random.chance(0.94) { set.append(.whatsapp) }
        if random.chance(0.52) {
            let social = [Channel.instagram, .facebook, .tiktok]
            set.append(social[random.weightedIndex([0.5, 0.38, 0.12])])
            if random.chance(0.3) { set.append(social[random.weightedIndex([0.3, 0.5, 0.2])]) }
        }
        if random.chance(0.21) {
            let markets = [Channel.tokopedia, .shopee, .lazada, .bukalapak]
            set.append(markets[random.weightedIndex([0.38, 0.42, 0.1, 0.1])])
            if random.chance(0.25) { set.append(markets[random.weightedIndex([0.4, 0.4, 0.1, 0.1])]) }
        }
        if sector == "food", random.chance(0.4) {
            set.append([Channel.gofood, .grabfood, .shopeefood][random.weightedIndex([0.5, 0.35, 0.15])])
            if random.chance(0.3) { set.append(.grabfood) }
        }
        if random.chance(0.02) { set.append(.website) }
        if set.isEmpty { set.append(.whatsapp) }
        return Array(Set(set)).sorted()
    }

    private mutating func pickRegion() -> String {
        let codes = WestJava.regions.map(\.code)
        return codes[random.weightedIndex(codes.map { WestJava.regionWeights[$0] ?? 500 })]
    }

    private mutating func personName(female: Bool) -> String {
        (female ? SampleNames.femaleFirst : SampleNames.maleFirst).randomPick(&random) + " "
            + SampleNames.family.randomPick(&random)
    }

    private mutating func businessName(sector: String, owner: String, female: Bool) -> String {
        let firstName = owner.split(separator: " ").first.map(String.init) ?? owner
        let blessing = SampleNames.blessings.randomPick(&random)
        switch sector {
        case "food":
            let kind = SampleNames.foodKinds.randomPick(&random)
            return random.chance(0.5) ? "\(kind) \(female ? "Bu" : "Pak") \(firstName)" : "\(kind) \(blessing)"
        case "tailoring":
            return "\(SampleNames.tailoringKinds.randomPick(&random)) \(random.chance(0.4) ? firstName : blessing)"
        case "salon":
            return "\(SampleNames.salonKinds.randomPick(&random)) \(random.chance(0.5) ? firstName : blessing)"
        case "events":
            return "\(SampleNames.eventKinds.randomPick(&random)) \(blessing) \(random.chance(0.5) ? "Organizer" : firstName)"
        default:
            return "\(SampleNames.craftKinds.randomPick(&random)) \(blessing)"
        }
    }

    /// A 16-digit e-KTP number in the real layout: region code, district, birth date (women +40 on
    /// the day), serial.
    private mutating func nik(region: String, female: Bool) -> String {
        let day = random.int(1...28) + (female ? 40 : 0)
        return region + pad(random.int(1...40), 2) + pad(day, 2) + pad(random.int(1...12), 2)
            + pad(random.int(55...99), 2) + pad(random.int(1...2999), 4)
    }

    // MARK: - Cooperatives

    private mutating func makeCooperative(number: Int) -> Cooperative {
        let region = pickRegion()
        let types = CooperativeType.allCases
        let type = types[random.weightedIndex([0.35, 0.30, 0.08, 0.07, 0.08, 0.12])]
        let prefix: String = switch type {
        case .savingsLoan: random.chance(0.3) ? "Kopdit" : "KSP"
        case .consumer: ["Koperasi Konsumen", "Kopkar", "KPRI", "Kopontren"].randomPick(&random)
        case .producer: "Koperasi Produsen"
        case .services: "Koperasi Jasa"
        case .marketing: "Koperasi Pemasaran"
        case .multiPurpose: "KSU"
        }
        let place = WestJava.regions.first { $0.code == region }?.shortName ?? ""
        let name = "\(prefix) \(SampleNames.blessings.randomPick(&random)) \(random.chance(0.5) ? place : SampleNames.blessings.randomPick(&random))"
        // Only about half of registered cooperatives are active (13,277 of 25,600 in 2020).
        let active = random.chance(0.55)
        let members = Int(20 * pow(1.045, Double(random.int(0...110))))
        let women = Int(Double(members) * (0.3 + 0.4 * random.unit()))
        let assets = Int(50_000_000 * pow(1.06, Double(random.int(0...90)))) / 1000 * 1000
        let sectorKeys = WestJava.sectors.map(\.key)
        let year = random.int(1985...2019)
        return Cooperative(
            id: "KOP-\(region)-\(pad(number, 4))", name: name,
            nik: active && random.chance(0.6) ? region + random.digits(12) : nil,
            legalEntityNumber: "\(random.int(100...999)).\(pad(random.int(1...99), 2))/\(random.int(1...400))/BH/XIII.\(random.int(1...27))/\(year)",
            type: type, sector: sectorKeys[random.weightedIndex(sectorKeys.map { WestJava.sectorWeights[$0] ?? 0.05 })],
            region: region, membersMale: members - women, membersFemale: women, active: active,
            lastRATYear: active ? [2020, 2021, 2022][random.weightedIndex([0.2, 0.45, 0.35])]
                : (random.chance(0.6) ? random.int(2012...2019) : nil),
            assets: assets)
    }

    // MARK: - Survey

    private mutating func makeResponses(_ plan: SurveyPlan, from businesses: [Business]) -> [SurveyResponse] {
        var chosen = Set<Int>()
        var out: [SurveyResponse] = []
        let target = min(settings.responsesPerWave + plan.extraResponses, businesses.count)
        var attempts = 0
        while out.count < target, attempts < target * 50 {
            attempts += 1
            let index = random.int(0...(businesses.count - 1))
            guard !chosen.contains(index) else { continue }
            let business = businesses[index]
            let isOnline = plan.isOnline(business, &random)
            // An opt-in link shared over WhatsApp reaches businesses that are already online far more
            // easily: that self-selection is why such waves are only indicative.
            if plan.sampling == .optIn, !isOnline, random.chance(0.45) { continue }
            chosen.insert(index)
            out.append(makeResponse(plan, business: business, isOnline: isOnline))
        }
        return out.sorted { $0.businessID < $1.businessID }
    }

    private mutating func makeResponse(_ plan: SurveyPlan, business: Business, isOnline: Bool) -> SurveyResponse {
        let wasOnline = business.onlineSince.map { $0 <= 2019 } ?? false
        var onlineNow: YesNo = isOnline ? .yes : .no
        if random.chance(0.03) { onlineNow = .noAnswer }
        var channels = onlineNow == .yes ? business.channels : []
        // Early in the pandemic many had only started with one channel.
        if plan.year == 2020, channels.count > 1, random.chance(0.35) { channels = [channels[0]] }
        let bands = RevenueChange.allCases
        let revenue = bands[random.weightedIndex(plan.revenueWeights)]
        var reasons: [NotOnlineReason] = []
        if onlineNow == .no {
            if random.chance(0.71) { reasons.append(.prefersOffline) }
            if random.chance(0.39) { reasons.append(.notInterested) }
            if random.chance(0.21) { reasons.append(.lacksSkills) }
            if random.chance(0.1) { reasons.append(.capacity) }
            if reasons.isEmpty { reasons.append(.other) }
        }
        var assistance: [AssistanceNeed] = []
        if random.chance(0.69) { assistance.append(.workingCapital) }
        if random.chance(0.41) { assistance.append(.electricityRelief) }
        if random.chance(0.30) { assistance.append(.loanRelaxation) }
        if random.chance(0.17) { assistance.append(.easierLoans) }
        if random.chance(0.15) { assistance.append(.taxDeferral) }
        if onlineNow != .yes, random.chance(0.25) { assistance.append(.training) }
        let status = [OperatingStatus.normal, .reduced, .remote, .paused][random.weightedIndex(plan.statusWeights)]
        return SurveyResponse(
            wave: plan.id, businessID: business.id, sector: business.sector, region: business.region,
            scale: business.scale, onlineBefore: random.chance(0.02) ? .noAnswer : (wasOnline ? .yes : .no),
            onlineNow: onlineNow, channels: channels, revenueChange: revenue, status: status,
            reasonsNotOnline: reasons, assistance: assistance)
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
}

extension Array {
    func randomPick(_ random: inout SeededRandom) -> Element { random.pick(self) }
}
