package io.serviceops.training.standard;

import java.util.List;
import java.util.stream.Stream;

/** Turns what an author wrote into stored sections: sanitised Markdown, its HTML and its search tokens. */
final class SectionWriter {

    private SectionWriter() {
    }

    static List<Section> write(List<SectionDraft> drafts) {
        return drafts.stream().map(SectionWriter::write).toList();
    }

    static Section write(SectionDraft draft) {
        String heading = MarkdownSanitiser.markdown(draft.heading()).replace("\n", " ");
        String markdown = MarkdownSanitiser.markdown(draft.markdown());
        List<String> tokens = Stream.concat(SearchTokens.of(heading).stream(), SearchTokens.of(markdown).stream())
                .distinct().toList();
        return new Section(draft.key(), heading, markdown, MarkdownSanitiser.html(markdown), tokens);
    }
}
