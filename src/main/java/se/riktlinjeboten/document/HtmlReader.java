package se.riktlinjeboten.document;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Web pages saved from a municipality's site. Only the main content is read (the {@code main}
 * or {@code article} element when the page has one), without navigation, scripts and forms;
 * {@code h1}–{@code h6} are headings, a list's items and a table's rows stay together.
 */
final class HtmlReader implements DocumentReader {

    private static final String TEXT_ELEMENTS = "h1,h2,h3,h4,h5,h6,p,li,tr,pre,blockquote,dt,dd,figcaption,caption,div";
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final String NOT_CONTENT =
            "script,style,noscript,template,nav,header,footer,aside,form,button,svg,iframe";

    @Override
    public SourceText read(Path file) throws IOException {
        Document page = parse(Files.readAllBytes(file));
        page.select(NOT_CONTENT).remove();
        Element content = page.selectFirst("main, article, [role=main]");
        if (content == null) {
            content = page.body();
        }
        Elements elements = content.select(TEXT_ELEMENTS);
        Map<Element, Boolean> chosen = new IdentityHashMap<>();
        elements.forEach(e -> chosen.put(e, true));
        List<SourceText.Block> blocks = new ArrayList<>();
        List<String> items = new ArrayList<>();
        Element container = null;
        for (Element element : elements) {
            if (insideChosen(element, chosen) || isContainerDiv(element)) {
                continue;
            }
            String text = element.is("tr")
                    ? String.join(" | ", element.children().eachText())
                    : element.wholeText().isBlank() ? "" : element.text();
            if (text.isBlank()) {
                continue;
            }
            if (element.is("li") || element.is("tr")) {
                if (container != element.parent()) {
                    flushList(blocks, items);
                    container = element.parent();
                }
                items.add(element.is("li") ? "• " + text : text);
                continue;
            }
            flushList(blocks, items);
            container = null;
            blocks.add(HEADINGS.contains(element.normalName())
                    ? SourceText.Block.heading(0, text)
                    : SourceText.Block.text(0, text));
        }
        flushList(blocks, items);
        String title = page.title().isBlank() ? "" : page.title();
        return new SourceText(title, blocks);
    }

    /** The charset the page declares; otherwise UTF-8 when the bytes are UTF-8, else Windows-1252. */
    private static Document parse(byte[] bytes) {
        Document declared = Jsoup.parse(new String(bytes, Charset.forName("ISO-8859-1")));
        Element meta = declared.selectFirst("meta[charset], meta[http-equiv=content-type]");
        String charset = meta == null ? "" : meta.hasAttr("charset") ? meta.attr("charset")
                : meta.attr("content").replaceFirst("(?i).*charset=", "");
        try {
            return Jsoup.parse(new String(bytes, Charset.forName(charset.strip())));
        } catch (IllegalArgumentException noOrUnknownCharset) {
            return Jsoup.parse(PlainTextReader.decode(bytes));
        }
    }

    private static void flushList(List<SourceText.Block> blocks, List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(SourceText.Block.text(0, String.join("\n", items)));
            items.clear();
        }
    }

    /** Nested text elements (a {@code p} inside an {@code li}) are read as part of the outer one. */
    private static boolean insideChosen(Element element, Map<Element, Boolean> chosen) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (chosen.containsKey(parent) && !isContainerDiv(parent)) {
                return true;
            }
        }
        return false;
    }

    /** A {@code div} counts as text only when it holds text of its own rather than other blocks. */
    private static boolean isContainerDiv(Element element) {
        return element.is("div") && (element.ownText().isBlank()
                || !element.select(TEXT_ELEMENTS.replace(",div", "")).isEmpty());
    }
}
