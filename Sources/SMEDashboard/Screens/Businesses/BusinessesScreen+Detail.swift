import Foundation
import SMEModel
import TerminalUI

extension ScreenScope where State == BusinessesScreen {
    /// Every field of a business, its survey answers and its SOP assessments.
    func businessDetailLines(_ index: Int) -> [(String, Style)] {
        let registry = data.registry
        let b = registry.businesses[index]
        let shown = state.showsPersonalData ? b : b.masked
        let none = "–"
        func field(_ id: String, _ en: String, _ value: String) -> (String, Style) {
            (text(id, en).padding(toLength: 18, withPad: " ", startingAt: 0) + value, .normal)
        }
        var lines: [(String, Style)] = [("\(b.name)", Style(.title, bold: true)), ("", .normal)]
        lines += [
            field("ID", "ID", b.id),
            field("Pemilik", "Owner", b.owner),
            field("NIK pemilik", "Owner NIK", shown.ownerNIK ?? none),
            field("Telepon", "Phone", shown.phone),
            field("Sektor", "Sector", registry.sectorName(b.sector, language)),
            field("Wilayah", "Region", "\(registry.regionName(b.region, language)) (\(b.region))"),
            field("Skala", "Scale", b.scale.label(language)),
            field("NIB", "NIB", b.nib ?? none),
            field("Pekerja", "Employees", numbers.integer(b.employees)),
            field("Tahun berdiri", "Founded", String(b.yearFounded)),
            field("Daring", "Online", b.online ? text("ya, sejak \(b.onlineSince.map(String.init) ?? "?")", "yes, since \(b.onlineSince.map(String.init) ?? "?")") : text("tidak", "no")),
            field("Kanal", "Channels", b.channels.isEmpty ? none : b.channels.map { $0.label(language) }.joined(separator: ", ")),
            field("Pembayaran", "Payments", b.payments.map { $0.label(language) }.joined(separator: ", ")),
            field("Status usaha", "Status", b.status.label(language)),
        ]
        lines.append(("", .normal))
        lines.append((text("Jawaban survei", "Survey answers"), Style(.header, bold: true)))
        let answers = registry.responses.filter { $0.businessID == b.id }
        if data.survey == .loading {
            lines.append(("  " + SurveyScreen.loadingText(language), Style(.dim)))
        } else if answers.isEmpty {
            lines.append((text("  (belum pernah menjawab survei)", "  (never answered a survey)"), Style(.dim)))
        }
        for r in answers {
            let wave = registry.waves.first { $0.id == r.wave }?.label(language) ?? r.wave
            lines.append(("  \(wave): " + text("daring ", "online ") + r.onlineNow.label(language)
                + (r.channels.isEmpty ? "" : " (" + r.channels.map { $0.label(language) }.joined(separator: ", ") + ")")
                + " · " + text("penjualan ", "sales ") + r.revenueChange.label(language) + " · " + r.status.label(language), .normal))
        }
        lines.append(("", .normal))
        lines.append((text("Penilaian SOP", "SOP assessments"), Style(.header, bold: true)))
        let visits = data.library.assessments(forBusiness: b.id)
        if visits.isEmpty { lines.append((text("  (belum dinilai)", "  (not assessed yet)"), Style(.dim))) }
        for (position, visit) in visits.enumerated() {
            let score = data.library.score(visit)
            let percent = score?.scoreText(language, decimals: 0) ?? none
            let verdict = score.map { $0.outcome.label(language) } ?? none
            // The newest visit is the business's current assessment; the others are history.
            let current = position == 0 ? " · " + text("TERBARU", "CURRENT") : ""
            lines.append(("  \(visit.assessment.date) · \(visit.assessment.assessor.name) · \(percent) · \(verdict)\(current)", score?.passed == false ? Style(.warning) : .normal))
            if let failed = score?.failedCritical, !failed.isEmpty {
                lines.append(("    " + text("gagal kritis: ", "failed critical: ") + failed.joined(separator: ", "), Style(.error)))
            }
        }
        return lines
    }

    func renderBusinessDetail(_ index: Int, in area: Rect, into grid: inout Grid) {
        renderDetail(businessDetailLines(index), in: area, into: &grid)
    }

    func renderCooperativeDetail(_ index: Int, in area: Rect, into grid: inout Grid) {
        let registry = data.registry
        let c = registry.cooperatives[index]
        func field(_ id: String, _ en: String, _ value: String) -> (String, Style) {
            (text(id, en).padding(toLength: 22, withPad: " ", startingAt: 0) + value, .normal)
        }
        let lines: [(String, Style)] = [
            (c.name, Style(.title, bold: true)), ("", .normal),
            field("ID", "ID", c.id),
            field("Nomor Induk Koperasi", "Cooperative number", c.nik ?? "–"),
            field("Badan hukum", "Legal entity no.", c.legalEntityNumber),
            field("Jenis", "Type", c.type.label(language)),
            field("Sektor", "Sector", registry.sectorName(c.sector, language)),
            field("Wilayah", "Region", registry.regionName(c.region, language)),
            field("Anggota", "Members", text("\(numbers.integer(c.members)) (laki-laki \(numbers.integer(c.membersMale)), perempuan \(numbers.integer(c.membersFemale)))",
                                             "\(numbers.integer(c.members)) (men \(numbers.integer(c.membersMale)), women \(numbers.integer(c.membersFemale)))")),
            field("Aktif", "Active", c.active ? text("ya", "yes") : text("tidak", "no")),
            field("RAT terakhir", "Last RAT", ratSummary(c)),
            field("Aset", "Assets", "Rp " + numbers.integer(c.assets)),
        ]
        renderDetail(lines, in: area, into: &grid)
    }

    /// The last RAT (annual members' meeting) with how long ago it was, and whether the office
    /// must follow the cooperative up.
    private func ratSummary(_ c: Cooperative) -> String {
        guard let year = options.year else { return c.lastRATYear.map(String.init) ?? "–" }
        let followUp = c.needsRATFollowUp(in: year) ? text(" · perlu pembinaan (tanpa RAT dua tahun)", " · to follow up (no RAT for two years)") : ""
        guard let last = c.lastRATYear else { return text("belum pernah tercatat", "none on record") + followUp }
        let ago = year - last
        let when = ago <= 0 ? text("tahun ini", "this year") : text("\(ago) tahun lalu", ago == 1 ? "1 year ago" : "\(ago) years ago")
        return "\(last) (\(when))" + followUp
    }

    private func renderDetail(_ lines: [(String, Style)], in area: Rect, into grid: inout Grid) {
        let block = Block(title: text("Rincian", "Details"), glyphs: options.glyphs, borderStyle: Style(.accent))
        block.render(in: area, into: &grid)
        let inner = block.inner(area)
        // Long values wrap under their label instead of being cut.
        let indent = String(repeating: " ", count: min(22, max(inner.width / 3, 0)))
        let lines = lines.flatMap { line, style in
            DisplayText.wrapped(line, toWidth: max(inner.width, 1)).enumerated().flatMap { index, part in
                index == 0 ? [(part, style)] : DisplayText.wrapped(part, toWidth: max(inner.width - indent.count, 1)).map { (indent + $0, style) }
            }
        }
        let start = min(state.detailScroll, max(lines.count - inner.height, 0))
        for (row, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
            grid.put(line.0, x: inner.x, y: inner.y + row, style: line.1, maxWidth: inner.width, ellipsis: options.glyphs.ellipsis)
        }
    }
}
