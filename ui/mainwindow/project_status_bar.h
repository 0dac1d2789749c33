#pragma once
// The status bar's permanent part: the offline edits publish would send (from computePlan), the
// files that cannot be read (while there are any), the conflicts a pull left, the findings, the
// last pull and where the project publishes to. It is recomputed shortly after the document
// changes: planning a large project takes a while, and a burst of keystrokes needs one plan, not
// one per key.

#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;
class QStatusBar;

namespace cw::ui {

class ProjectDocument;

class ProjectStatusBar : public QObject {
    Q_OBJECT
public:
    explicit ProjectStatusBar(QStatusBar *bar);

    void setDocument(ProjectDocument *document);
    // Recomputes now (a pending delayed refresh is dropped).
    void refresh();
    // While File > Practice Domain runs, pull and publish go to that local service: "Target" names
    // it instead of the project's own connection. An empty endpoint: the project's own again.
    void setPracticeTarget(const QString &endpoint, const QString &domainId);

    QLabel *editsLabel() const { return m_edits; }
    QLabel *unreadableLabel() const { return m_unreadable; }
    QLabel *conflictsLabel() const { return m_conflicts; }
    QLabel *findingsLabel() const { return m_findings; }
    QLabel *lastPullLabel() const { return m_lastPull; }
    QLabel *targetLabel() const { return m_target; }

private:
    QPointer<ProjectDocument> m_document;
    QTimer m_pending;
    QLabel *m_edits = nullptr;
    QLabel *m_unreadable = nullptr;
    QLabel *m_conflicts = nullptr;
    QLabel *m_findings = nullptr;
    QLabel *m_lastPull = nullptr;
    QLabel *m_target = nullptr;
    QString m_practiceEndpoint;
    QString m_practiceDomainId;
};

} // namespace cw::ui
