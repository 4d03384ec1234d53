import Assessment

extension ComparisonDocument {
    /// A document of any headed sections, for content other than a comparison (assessment
    /// scopes, reviews, plans) that the same text, Markdown and HTML layouts render.
    init(title: String, sections: [Section]) {
        self.title = title
        self.sections = sections
        comparison = nil
    }
}
