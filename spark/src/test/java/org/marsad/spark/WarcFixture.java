package org.marsad.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Small WARC archives written with jwarc for the tests: three Arabic news pages as HTML responses,
 * among the records a crawl also holds (warcinfo, a request, an image), one record of each archive
 * cut short.
 */
final class WarcFixture {

    static final String DATES_URL = "https://akhbar.example/2024/09/dates-fair";
    static final String RAIN_URL = "https://akhbar.example/2024/09/rain-roads";
    static final String RAIN_COPY_URL = "https://madina.example/news/rain";
    static final String CODING_URL = "https://madina.example/news/coding-school";
    private static final String IMAGE_URL = "https://akhbar.example/logo.png";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    private WarcFixture() {
    }

    static String page(String title, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append(" - أخبار المدينة</title></head><body>\n<nav><a href=\"/\">الرئيسية</a> <a href=\"/local\">محليات</a>"
                        + " <a href=\"/sport\">رياضة</a></nav>\n<article><h1>").append(title).append("</h1>\n");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>\n");
        }
        return html.append("</article>\n<footer>جميع الحقوق محفوظة</footer></body></html>\n").toString();
    }

    static WarcResponse html(String url, String html) throws IOException {
        return html(url, html.getBytes(StandardCharsets.UTF_8));
    }

    /** A response served as UTF-8 HTML, whatever its bytes are. */
    static WarcResponse html(String url, byte[] html) throws IOException {
        return new WarcResponse.Builder(url).body(new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html).build()).build();
    }

    static WarcRecord datesFair() throws IOException {
        return html(DATES_URL, page("وزير الزراعة يفتتح معرض التمور السنوي في الأحساء",
                "افتتح وزير الزراعة صباح الثلاثاء معرض التمور السنوي في محافظة الأحساء بمشاركة أكثر من مئتي مزارع من مختلف مناطق المملكة.",
                "ويعرض المزارعون في المعرض أكثر من ثلاثين صنفا من التمور، كما تقام على هامشه ورش عمل عن طرق الري الحديثة وتغليف المنتجات.",
                "وقال الوزير في كلمته إن الوزارة تعمل على فتح أسواق خارجية جديدة للتمور المحلية، وإن الصادرات نمت خلال العام الماضي."));
    }

    static WarcRecord rainRoads() throws IOException {
        return html(RAIN_URL, rainRoadsPage());
    }

    private static String rainRoadsPage() {
        return page("أمطار غزيرة تغلق طرقا رئيسية في المنطقة الشرقية",
                "أغلقت السلطات المحلية مساء الأربعاء عددا من الطرق الرئيسية في المنطقة الشرقية بعد هطول أمطار غزيرة استمرت عدة ساعات.",
                "ودعا الدفاع المدني السكان إلى البقاء في منازلهم وعدم الاقتراب من مجاري السيول حتى تنحسر المياه عن الطرق.",
                "وتوقعت الأرصاد الجوية استمرار الحالة الماطرة حتى نهاية الأسبوع مع رياح نشطة تثير الغبار على الطرق السريعة.");
    }

    static WarcRecord codingSchool() throws IOException {
        return html(CODING_URL, page("جامعة محلية تطلق برنامجا لتعليم البرمجة لطلاب المدارس",
                "أطلقت جامعة المدينة برنامجا صيفيا لتعليم البرمجة لطلاب المرحلة الثانوية يستمر ستة أسابيع ويشارك فيه خمسمئة طالب.",
                "ويتعلم الطلاب في البرنامج أساسيات كتابة البرامج وتصميم التطبيقات، ويعمل كل فريق منهم على مشروع يعرضه في ختام البرنامج.",
                "وقال عميد كلية الحاسب إن الجامعة تسعى إلى توسيع البرنامج ليشمل طالبات المدارس في العام المقبل."));
    }

    /** What a crawl writes besides pages: warcinfo, the request, an image. */
    static List<WarcRecord> around(String url) throws IOException {
        return List.of(
                new Warcinfo.Builder().fields(Map.of("software", List.of("marsad-test"))).build(),
                new WarcRequest.Builder(url).body(MediaType.HTTP_REQUEST,
                        ("GET / HTTP/1.1\r\nHost: akhbar.example\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).build(),
                new WarcResponse.Builder(IMAGE_URL).body(new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("image/png"), PNG).build()).build());
    }

    /** Each record's bytes as a writer puts them (a .warc.gz holds one gzip member per record). */
    static List<byte[]> recordBytes(List<WarcRecord> records, WarcCompression compression) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (WarcRecord record : records) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), compression)) {
                writer.write(record);
            }
            out.add(bytes.toByteArray());
        }
        return out;
    }

    /**
     * {@code crawl.warc.gz}: warcinfo, request, image, the dates fair, the rain record with its gzip
     * member cut in half (a download that broke off, then went on), the coding school.
     */
    static Path gzippedWithACutRecordInTheMiddle(Path dir) throws IOException {
        List<WarcRecord> records = new ArrayList<>(around(DATES_URL));
        records.add(datesFair());
        records.add(rainRoads());
        records.add(codingSchool());
        List<byte[]> bytes = recordBytes(records, WarcCompression.GZIP);
        byte[] rain = bytes.get(4);
        bytes.set(4, Arrays.copyOf(rain, rain.length / 2));
        return write(dir.resolve("crawl.warc.gz"), bytes);
    }

    /**
     * {@code cut.warc}: another outlet's copy of the rain story (complete), then the dates fair cut
     * short by 40 bytes at the end of the file.
     */
    static Path plainCutAtTheEnd(Path dir) throws IOException {
        WarcRecord rainCopy = html(RAIN_COPY_URL, rainRoadsPage());
        List<byte[]> bytes = recordBytes(List.of(rainCopy, datesFair()), WarcCompression.NONE);
        byte[] dates = bytes.get(1);
        bytes.set(1, Arrays.copyOf(dates, dates.length - 40));
        return write(dir.resolve("cut.warc"), bytes);
    }

    /**
     * {@code damaged.warc}: the coding school page with one byte that is not UTF-8 (0xFF) in its
     * first paragraph, served as UTF-8: read with U+FFFD in its place, and a warning.
     */
    static Path withADamagedPage(Path dir) throws IOException {
        byte[] page = ((WarcResponse) codingSchool()).http().body().stream().readAllBytes();
        String firstParagraph = "<p>";
        int at = indexOf(page, firstParagraph.getBytes(StandardCharsets.US_ASCII)) + firstParagraph.length();
        byte[] damaged = new byte[page.length + 1];
        System.arraycopy(page, 0, damaged, 0, at);
        damaged[at] = (byte) 0xFF;
        System.arraycopy(page, at, damaged, at + 1, page.length - at);
        return write(dir.resolve("damaged.warc"), recordBytes(List.of(html(CODING_URL, damaged)), WarcCompression.NONE));
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    private static Path write(Path file, List<byte[]> records) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] r : records) {
            all.write(r);
        }
        return Files.write(file, all.toByteArray());
    }
}
