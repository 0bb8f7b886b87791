#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "annotation.h"

namespace Copydesk {

class LabelSchema;
class ProjectStore;

// Inter-annotator agreement between annotation sets (the decisions an owner holds: accepted and
// manual annotations; rejections say "not this" and count as nothing).
//
// Tokens. Token measures (Cohen's kappa, Krippendorff's alpha, disagreeing tokens) look at the
// words of the text: a token is a maximal run of word characters (letters, marks, digits and
// connector punctuation, as \w in Unicode regular expressions) or one other character that is
// not white space. Python's re.findall(r"\w+|[^\w\s]", text) gives the same tokens on such text.
// In each layer a token's value for an annotator is the label of their span of that layer
// overlapping it (by at least one character), "O" when none; when spans of several labels of
// the layer overlap it, their labels sorted and joined with "+" ("QUOTE+SOURCE"): one nominal
// category. A token's value is missing for an annotator with no set on its document.

// A token: code points, end exclusive.
struct AgreementToken
{
    qint64 start = 0;
    qint64 end = 0;
    bool operator==(const AgreementToken &other) const = default;
};
QList<AgreementToken> agreementTokens(QStringView text);

// Each token's value for one set, in one layer (`labels`: the layer's labels).
QStringList tokenValues(const QList<AgreementToken> &tokens, const QList<Annotation> &spans, const QStringList &labels);

// Cohen's kappa of two equally long value lists: (po - pe) / (1 - pe), po the share of items
// with the same value, pe the sum over values of the product of each annotator's share of it.
// NaN when undefined (both gave one and the same value everywhere: pe = 1), or no items.
double cohensKappa(const QStringList &first, const QStringList &second);

// Krippendorff's alpha for nominal data (Krippendorff 2011, "Computing Krippendorff's
// Alpha-Reliability", section C): `units` holds each unit's values, one per annotator who gave
// one (missing values left out; units with fewer than two values do not count). From the
// coincidence matrix o_ck = sum over units of n_uc (n_uk - [c = k]) / (m_u - 1):
// alpha = 1 - (n - 1) sum_{c != k} o_ck / sum_{c != k} n_c n_k. NaN when undefined (fewer than
// two pairable values, or one value only).
double krippendorffAlpha(const QList<QStringList> &units, int *pairable = nullptr);

// Spans of one set compared with another's (the reference).
struct SpanCounts
{
    int reference = 0;   // spans of the reference set
    int candidate = 0;   // spans of the compared set
    int exact = 0;       // candidate spans with the label and bounds of a reference span (one to one)
    int overlap = 0;     // candidate spans overlapping a reference span of their label (one to one)

    double precision(bool exactMatch) const;
    double recall(bool exactMatch) const;
    double f1(bool exactMatch) const;
    SpanCounts &operator+=(const SpanCounts &other);
    QJsonObject toJson() const;
};

// One-to-one matching of a candidate's spans to a reference's, label by label: exact pairs
// first, then the remaining spans by largest overlap. Returns (reference index, candidate index)
// pairs; *exactPairs of them (the first ones) are exact.
QList<QPair<int, int>> matchSpans(const QList<Annotation> &reference, const QList<Annotation> &candidate, int *exactPairs);
SpanCounts countSpans(const QList<Annotation> &reference, const QList<Annotation> &candidate);

// Relation agreement: for each quote of the reference matched (overlap) to one of the candidate,
// and each relation label, the children they link.
struct RelationCounts
{
    int compared = 0;    // matched quotes where at least one of the two has a link of the label
    int same = 0;        // both link spans with the same label and bounds
    int overlapping = 0; // both link spans of one label that overlap
    QJsonObject toJson() const;
};

struct PairAgreement
{
    qint64 reference = 0;
    qint64 candidate = 0;
    int documents = 0;                     // documents where both have a set
    QMap<QString, SpanCounts> layers;
    QMap<QString, SpanCounts> labels;
    QMap<QString, double> kappa;           // by layer; NaN when undefined
    QMap<QString, int> tokens;             // by layer: tokens compared
    QMap<QString, RelationCounts> relations; // by relation label
};

struct DocumentDisagreement
{
    qint64 documentId = 0;
    QString externalId;
    QString title;
    int sets = 0;              // how many of the chosen annotators have a set on it
    int differences = 0;       // places where the sets differ (see compareSets)
    int tokens = 0;            // tokens times layers
    int disagreeingTokens = 0; // of those, where not every set gives the same value
};

struct AgreementOptions
{
    QList<qint64> annotators; // owners, at least two; pairs compare each later one with each earlier
    QList<qint64> documents;  // empty: every document
    QStringList layers;       // empty: the schema's layers where one of the sets has a decision
};

struct AgreementReport
{
    QList<qint64> annotators;
    QStringList annotatorNames;
    QStringList layers;
    int documents = 0;                 // documents where two or more of the sets are
    QList<PairAgreement> pairs;
    QMap<QString, double> alpha;       // by layer; NaN when undefined
    QMap<QString, int> alphaValues;    // by layer: pairable values
    QList<DocumentDisagreement> ranking; // most disagreement first
    QString error;

    QJsonObject toJson() const;
};

AgreementReport computeAgreement(const ProjectStore &store, const AgreementOptions &options);

} // namespace Copydesk
