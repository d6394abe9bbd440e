package org.marsad.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.marsad.article.Article;
import org.marsad.article.Block;
import org.marsad.article.BlockLabel;
import org.marsad.source.InputProblem;

/**
 * What extraction gave, moved between executors on its way to analysis: one article, or one
 * {@link InputProblem} naming an input (a file, or one record of a dump) and the reason: either the
 * input was skipped, or it was read anyway after a repair and this is a warning about it. The core's
 * {@link Article} is not {@link Serializable}, so its fields are written here one by one, blocks
 * included: nothing of an article is lost between extraction and analysis.
 */
final class Extracted implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    private final String source;
    private final String problem;
    private final boolean skipped;
    private transient Article article;

    private Extracted(String source, String problem, boolean skipped, Article article) {
        this.source = source;
        this.problem = problem;
        this.skipped = skipped;
        this.article = article;
    }

    static Extracted article(Article article) {
        return new Extracted(article.source(), null, false, article);
    }

    /** An input (or a record of it) that was left out. */
    static Extracted problem(String source, String reason) {
        return new Extracted(source, reason, true, null);
    }

    /** A problem as the core reported it: skipped, or a warning about an input read anyway. */
    static Extracted of(InputProblem problem) {
        return new Extracted(problem.source(), problem.reason(), problem.skipped(), null);
    }

    /** The input the article came from, or the input the problem is about. */
    String source() {
        return source;
    }

    /** The reason, or null for an article. */
    String problem() {
        return problem;
    }

    /** For a problem: true when the input was left out, false for a warning (read anyway). */
    boolean skipped() {
        return skipped;
    }

    /** The article, or null for a problem. */
    Article article() {
        return article;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeBoolean(article != null);
        if (article == null) {
            return;
        }
        Article a = article;
        out.writeObject(a.id());
        out.writeObject(a.source());
        out.writeInt(a.position());
        out.writeObject(a.role().name());
        out.writeObject(a.title());
        out.writeObject(a.published());
        out.writeObject(a.publishedFrom());
        out.writeObject(a.outlet());
        out.writeObject(a.section());
        out.writeObject(a.byline());
        for (List<String> list : List.of(a.agencies(), a.tags(), a.paragraphs(), a.captions(), a.related())) {
            out.writeObject(list.toArray(new String[0]));
        }
        out.writeObject(a.language());
        out.writeInt(a.blocks().size());
        for (Block b : a.blocks()) {
            out.writeInt(b.line());
            out.writeObject(b.label().name());
            out.writeObject(b.reason());
            out.writeObject(b.text());
            out.writeObject(b.path());
        }
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (!in.readBoolean()) {
            return;
        }
        String id = (String) in.readObject();
        String articleSource = (String) in.readObject();
        int position = in.readInt();
        Article.Role role = Article.Role.valueOf((String) in.readObject());
        String title = (String) in.readObject();
        LocalDate published = (LocalDate) in.readObject();
        String publishedFrom = (String) in.readObject();
        String outlet = (String) in.readObject();
        String section = (String) in.readObject();
        String byline = (String) in.readObject();
        List<List<String>> lists = new ArrayList<>(5);
        for (int i = 0; i < 5; i++) {
            lists.add(List.of((String[]) in.readObject()));
        }
        String language = (String) in.readObject();
        int blockCount = in.readInt();
        List<Block> blocks = new ArrayList<>(blockCount);
        for (int i = 0; i < blockCount; i++) {
            int line = in.readInt();
            BlockLabel label = BlockLabel.valueOf((String) in.readObject());
            blocks.add(new Block(line, label, (String) in.readObject(), (String) in.readObject(), (String) in.readObject()));
        }
        article = new Article(id, articleSource, position, role, title, published, publishedFrom, outlet, section, byline,
                lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4), language, blocks);
    }
}
