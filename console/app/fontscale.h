// Text set larger than the text around it (headings, figures, ticket codes): one way to scale a
// widget's font, so the pages do it alike.
#pragma once

class QWidget;

// `widget`'s own font `scale` times as large, and bold unless said otherwise.
void enlargeFont(QWidget *widget, double scale, bool bold = true);
