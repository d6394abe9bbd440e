package org.marsad.web.html;

/** The page of a failed request: what went wrong in Arabic, the server's reason, and ways on. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String render(int status, String detail) {
        String title = switch (status) {
            case 400 -> "طلب غير صالح";
            case 404 -> "الصفحة غير موجودة";
            case 405 -> "طريقة الطلب غير مسموحة";
            case 413 -> "الطلب أكبر من الحد المسموح";
            default -> status >= 500 ? "خطأ في الخادم" : "تعذّر تنفيذ الطلب";
        };
        return Layout.page(title, Layout.Section.NONE, null, h -> {
            h.open("section", "class", "error-page");
            h.element("p", Integer.toString(status), "class", "status");
            h.element("h1", title);
            if (detail != null) {
                h.element("p", detail, "class", "detail", "dir", "auto");
            }
            h.open("p");
            h.element("a", "العودة إلى الرئيسية", "href", Links.HOME);
            h.text(" · ");
            h.element("a", "البحث", "href", Links.SEARCH);
            h.close();
            h.close();
        });
    }
}
