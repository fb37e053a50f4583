package io.serviceops.training.standard;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans a section's Markdown on the way in, so whatever renders it later — our HTML, a web or mobile
 * front end's own Markdown renderer — gets no script, no event handler and no {@code javascript:} (or
 * other non-web) link. The Markdown is parsed (CommonMark); raw HTML inside it goes through OWASP's
 * HTML sanitiser with a formatting-only policy (inline tags are dropped), and link and image targets keep only http, https,
 * mailto and relative addresses; the tree is then written back as Markdown. The HTML we serve is
 * rendered from that and sanitised once more.
 */
public final class MarkdownSanitiser {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cntrl}\\p{Zs}\\u200b-\\u200f\\ufeff]");

    private static final PolicyFactory HTML_POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES).and(Sanitizers.LINKS).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "blockquote", "del").toFactory());

    private static final Parser PARSER = Parser.builder().build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().sanitizeUrls(true).build();

    private MarkdownSanitiser() {
    }

    public static String markdown(String untrusted) {
        Node document = PARSER.parse(untrusted == null ? "" : untrusted);
        document.accept(new Cleaner());
        return MARKDOWN.render(document).strip();
    }

    /** HTML of already cleaned Markdown; sanitised again, so the HTML is safe even if cleaning missed something. */
    public static String html(String cleanMarkdown) {
        return HTML_POLICY.sanitize(HTML.render(PARSER.parse(cleanMarkdown)));
    }

    static boolean safeDestination(String destination) {
        String normalised = INVISIBLE.matcher(destination).replaceAll("").toLowerCase(Locale.ROOT);
        var scheme = SCHEME.matcher(normalised);
        return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1));
    }

    private static final class Cleaner extends AbstractVisitor {

        @Override
        public void visit(HtmlBlock block) {
            block.setLiteral(HTML_POLICY.sanitize(block.getLiteral()));
        }

        /** An inline tag is a lone {@code <b>} or {@code <img ...>}, which no policy can judge alone; the text around it stays. */
        @Override
        public void visit(HtmlInline inline) {
            inline.unlink();
        }

        @Override
        public void visit(LinkReferenceDefinition definition) {
            if (!safeDestination(definition.getDestination())) {
                definition.setDestination("");
            }
        }

        @Override
        public void visit(Link link) {
            if (!safeDestination(link.getDestination())) {
                link.setDestination("");
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            if (!safeDestination(image.getDestination())) {
                image.setDestination("");
            }
            visitChildren(image);
        }
    }
}
