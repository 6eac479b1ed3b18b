import Foundation
import SMEModel
import SMEReportRequest

/// The one entry point for exports: builds the requested report from the data and renders it.
/// It returns bytes and never writes files; the caller decides where they go.
public enum ReportExporter {
    /// The report as bytes in the requested format.
    public static func render(_ request: ReportRequest, data: ReportData) throws(ReportError) -> Data {
        try render(document(for: request, data: data), request: request)
    }

    /// Renders an already built document with the request's format, paper and CSV settings.
    public static func render(_ document: ReportDocument, request: ReportRequest) throws(ReportError) -> Data {
        switch request.format {
        case .pdf: try PDFRenderer(paper: request.paper).render(document)
        case .xlsx: try XLSXRenderer(paper: request.paper).render(document)
        case .csv: try CSVReportRenderer(profile: request.csvProfile, table: request.csvTable).render(document)
        case .html: HTMLRenderer(paper: request.paper).render(document)
        case .md: MarkdownRenderer().render(document)
        case .json: try JSONReportRenderer().render(document)
        }
    }

    /// Builds the format-free document for a request.
    public static func document(for request: ReportRequest, data: ReportData) throws(ReportError) -> ReportDocument {
        let registry = data.registry
        let l = request.language
        switch request.kind {
        case .sop:
            let sector = try findSector(request, registry)
            let checklist = try template(for: sector.key, data)
            return SOPTemplateReport(checklist: checklist, sectorName: sector.name(l), office: data.office, language: l, issuedOn: request.issuedOn).document()
        case .assessment:
            let assessment = try findAssessment(request, data)
            guard let checklist = data.library.template(key: assessment.templateKey)?.checklist else {
                throw .noTemplate(sector: assessment.templateKey)
            }
            return AssessmentReport(
                assessment: assessment, checklist: checklist, business: registry.business(assessment.businessID), registry: registry,
                office: data.office, language: l, issuedOn: request.issuedOn, showPersonalData: request.showPersonalData,
                sequence: RecordNumber.sequence(of: assessment, among: data.library.assessments.map(\.assessment))).document()
        case .compliance:
            let sector = try findSector(request, registry)
            let checklist = try template(for: sector.key, data)
            let region = try request.region.map { text throws(ReportError) -> Region in
                guard let found = registry.findRegion(text) else { throw .unknownRegion(text) }
                return found
            }
            return ComplianceReport(
                checklist: checklist, sector: sector, region: region, assessments: data.library.assessments.map(\.assessment),
                registry: registry, office: data.office, language: l, issuedOn: request.issuedOn).document()
        case .frequency:
            let subject = request.countsResponses ? Localized(id: "Jawaban survei", en: "Survey responses")
                : request.countsCooperatives ? Localized(id: "Koperasi", en: "Cooperatives") : ReportLabel.business
            if let table = request.frequencyTable {
                return FrequencyReport(table: table, subject: subject,
                                       filters: request.frequencyFilters, office: data.office, language: l, issuedOn: request.issuedOn).document()
            }
            let dimensions = request.countBy.compactMap(FrequencyDimension.init(rawValue:))
            let allowed = request.countsResponses ? FrequencyDimension.responses
                : request.countsCooperatives ? FrequencyDimension.cooperatives : FrequencyDimension.businesses
            guard (1...2).contains(dimensions.count), dimensions.count == request.countBy.count, dimensions.allSatisfy(allowed.contains),
                  Set(dimensions).count == dimensions.count else {
                throw .missing(.countBy, report: .frequency)
            }
            let sector = try request.sector.map { _ throws(ReportError) in try findSector(request, registry) }
            let region = try request.region.map { text throws(ReportError) -> Region in
                guard let found = registry.findRegion(text) else { throw .unknownRegion(text) }
                return found
            }
            var filters: [String] = []
            if let sector { filters.append(sector.name(l)) }
            if let region { filters.append(region.displayName(l)) }
            let table: FrequencyTable
            if request.countsResponses {
                guard let wave = try findWave(request.wave, registry) ?? registry.waves.last else { throw .noSurveyWaves }
                filters.insert(Localized(id: "gelombang \(wave.id)", en: "wave \(wave.id)")(l), at: 0)
                let rows = registry.responses.indices.filter { index in
                    let r = registry.responses[index]
                    return r.wave == wave.id && (sector == nil || r.sector == sector?.key) && (region == nil || r.region == region?.code)
                }
                table = FrequencyTable.responses(registry, rows: rows, by: dimensions)
            } else if request.countsCooperatives {
                let rows = registry.cooperatives.indices.filter { index in
                    let c = registry.cooperatives[index]
                    return (sector == nil || c.sector == sector?.key) && (region == nil || c.region == region?.code)
                }
                table = FrequencyTable.cooperatives(registry, rows: rows, by: dimensions)
            } else {
                let rows = BusinessQuery(sector: sector?.key, region: region?.code).matchingRows(in: registry)
                table = FrequencyTable.businesses(registry, rows: rows, by: dimensions)
            }
            return FrequencyReport(table: table, subject: subject,
                                   filters: filters.isEmpty ? nil : filters.joined(separator: " · "), office: data.office, language: l,
                                   issuedOn: request.issuedOn).document()
        case .survey:
            guard let wave = try findWave(request.wave, registry) ?? registry.waves.last else { throw .noSurveyWaves }
            let earlier = try findWave(request.compareWave, registry)
            if request.surveyWeighting?.usesOfficialCounts == true, data.officialCounts.isEmpty { throw .noOfficialCounts }
            return SurveyReport(registry: registry, wave: wave, comparedWith: earlier, office: data.office, language: l, issuedOn: request.issuedOn,
                                national: data.national, weighting: request.surveyWeighting, official: data.officialCounts).document()
        }
    }

    private static func findSector(_ request: ReportRequest, _ registry: Registry) throws(ReportError) -> Sector {
        guard let text = request.sector else { throw .missing(.sector, report: request.kind) }
        guard let sector = registry.findSector(text) else { throw .unknownSector(text) }
        return sector
    }

    private static func template(for sector: String, _ data: ReportData) throws(ReportError) -> Checklist {
        guard let file = data.library.template(forSector: sector) else { throw .noTemplate(sector: sector) }
        return file.checklist
    }

    private static func findAssessment(_ request: ReportRequest, _ data: ReportData) throws(ReportError) -> Assessment {
        if let key = request.assessmentKey {
            guard let file = data.library.assessments.first(where: { $0.assessment.key == key }) else { throw .unknownAssessment(key) }
            return file.assessment
        }
        guard let id = request.businessID else { throw .missing(.business, report: request.kind) }
        let business = data.registry.business(id) ?? data.registry.businesses.first { $0.id.lowercased() == id.lowercased() }
        let businessID = business?.id ?? id
        guard let latest = data.library.assessments(forBusiness: businessID).first else {
            throw business == nil ? .unknownBusiness(id) : .noAssessment(business: businessID)
        }
        return latest.assessment
    }

    private static func findWave(_ id: String?, _ registry: Registry) throws(ReportError) -> SurveyWave? {
        guard let id else { return nil }
        guard let wave = registry.waves.first(where: { $0.id == id }) else { throw .unknownWave(id, choices: registry.waves.map(\.id)) }
        return wave
    }
}
