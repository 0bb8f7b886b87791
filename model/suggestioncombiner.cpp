#include "suggestioncombiner.h"

#include <algorithm>
#include <map>
#include <numeric>

#include <QHash>
#include <QSet>

#include "engineevidence.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

struct Option
{
    QString label;
    qint64 start = 0;
    qint64 end = 0;
    QList<int> members;       // candidate indexes
    QStringList supporters;   // engine names, each once
    QStringList rivals;       // engines with a different option overlapping this one
    double confidence = -1;   // the highest of its members'
    double probability = 0;   // estimated from the evidence
    int taken = -1;           // output index when taken
    int attachedTo = -1;      // option index it is an alternative of
    bool alternativeOnly = true; // every member is
};

qint64 overlap(const Option &a, const Option &b)
{
    return std::min(a.end, b.end) - std::max(a.start, b.start);
}

} // namespace

CombinedLayer SuggestionCombiner::combine(const QList<Candidate> &candidates, const QList<CandidateRelation> &relations,
                                          const RanFor &ranFor, const QList<Annotation> &decisions) const
{
    CombinedLayer result;
    // Where each candidate ends up: an option, a person's annotation (-1 - id), or nowhere.
    constexpr qint64 nowhere = std::numeric_limits<qint64>::min();
    QList<qint64> decisionOf(candidates.size(), 0);
    QList<int> optionOf(candidates.size(), -1);
    // An engine that learned from another's findings (its features) supersedes it for the labels
    // it proposed here: the other's candidates of those labels are alternatives only.
    QList<bool> alternativeOnly(candidates.size(), false);
    {
        QHash<QString, QSet<QString>> proposed; // engine -> labels
        for (const Candidate &c : candidates)
            proposed[c.engine].insert(c.label);
        QHash<QString, QStringList> ranByLabel;
        for (int i = 0; i < candidates.size(); ++i) {
            const Candidate &c = candidates.at(i);
            auto ranIt = ranByLabel.find(c.label);
            if (ranIt == ranByLabel.end())
                ranIt = ranByLabel.insert(c.label, ranFor(c.label));
            const QString over = EngineEvidence::supersededBy(c.engine, *ranIt);
            alternativeOnly[i] = c.alternativeOnly || (!over.isEmpty() && proposed.value(over).contains(c.label));
        }
    }
    // Candidates with the same label and bounds are one option: sort their indexes and group.
    QList<int> sorted;
    sorted.reserve(candidates.size());
    for (int i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates.at(i);
        if (c.label.isEmpty() || c.end <= c.start) {
            decisionOf[i] = nowhere;
            continue;
        }
        bool blocked = false;
        for (const Annotation &a : decisions) {
            if (c.start < a.end && a.start < c.end) {
                blocked = true;
                if (a.status != AnnotationStatus::Rejected && a.label == c.label && a.start == c.start && a.end == c.end)
                    decisionOf[i] = -1 - a.id;
            }
        }
        if (blocked) {
            if (!decisionOf[i])
                decisionOf[i] = nowhere;
            ++result.blockedByDecisions;
            continue;
        }
        sorted.append(i);
    }
    std::sort(sorted.begin(), sorted.end(), [&](int a, int b) {
        const Candidate &x = candidates.at(a), &y = candidates.at(b);
        if (x.start != y.start)
            return x.start < y.start;
        if (x.end != y.end)
            return x.end < y.end;
        if (x.label != y.label)
            return x.label < y.label;
        return a < b;
    });
    QList<Option> options;
    for (int i : std::as_const(sorted)) {
        const Candidate &c = candidates.at(i);
        if (options.isEmpty() || options.constLast().start != c.start || options.constLast().end != c.end
            || options.constLast().label != c.label)
            options.append({c.label, c.start, c.end, {}, {}, {}, -1, 0, -1, -1});
        Option &option = options.last();
        option.members.append(i);
        option.alternativeOnly = option.alternativeOnly && alternativeOnly.at(i);
        if (!option.supporters.contains(c.engine))
            option.supporters.append(c.engine);
        option.confidence = std::max(option.confidence, c.confidence);
        optionOf[i] = int(options.size()) - 1;
    }
    // Engines behind overlapping options are rivals, not silent (options are sorted by start).
    for (int o = 0; o < options.size(); ++o) {
        for (int j = o + 1; j < options.size() && options.at(j).start < options.at(o).end; ++j) {
            for (const QString &engine : options.at(j).supporters) {
                if (!options.at(o).rivals.contains(engine))
                    options[o].rivals.append(engine);
            }
            for (const QString &engine : options.at(o).supporters) {
                if (!options.at(j).rivals.contains(engine))
                    options[j].rivals.append(engine);
            }
        }
    }
    // The estimate depends on the label, the engines behind the option, its rivals and its
    // confidence bucket: computed once per combination.
    QHash<QString, QStringList> ran; // by label
    QHash<QString, std::pair<double, bool>> estimates; // probability, measured
    QList<bool> measured(options.size(), false);
    for (int o = 0; o < options.size(); ++o) {
        Option &option = options[o];
        auto it = ran.find(option.label);
        if (it == ran.end())
            it = ran.insert(option.label, ranFor(option.label));
        QStringList supporters = option.supporters, rivals = option.rivals;
        supporters.sort();
        rivals.sort();
        const QString key = option.label + u'\x1f' + supporters.join(u',') + u'\x1f' + rivals.join(u',') + u'\x1f'
            + QString::number(option.confidence, 'f', 2);
        auto estimate = estimates.constFind(key);
        if (estimate == estimates.constEnd()) {
            estimate = estimates.insert(key, {m_evidence.precision(option.label, *it, option.supporters, option.confidence, option.rivals),
                                              m_evidence.observations(option.label, *it, option.supporters) > 0});
        }
        option.probability = estimate->first;
        measured[o] = estimate->second;
    }

    // Best first; equally likely ones: the longer, then the earlier.
    QList<int> order(options.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Option &x = options.at(a), &y = options.at(b);
        if (x.probability != y.probability)
            return x.probability > y.probability;
        if (x.end - x.start != y.end - y.start)
            return x.end - x.start > y.end - y.start;
        return x.start < y.start;
    });
    QList<int> taken;
    std::map<qint64, qint64> takenSpans; // start -> end of the options taken so far
    for (int o : std::as_const(order)) {
        Option &option = options[o];
        if (option.alternativeOnly || option.probability + 1e-9 < threshold)
            continue;
        // Taken spans do not overlap: only the one starting last before this end can clash.
        auto next = takenSpans.lower_bound(option.end);
        const bool clash = next != takenSpans.begin() && std::prev(next)->second > option.start;
        if (!clash) {
            taken.append(o);
            takenSpans.emplace(option.start, option.end);
        }
    }
    std::sort(taken.begin(), taken.end(), [&](int a, int b) {
        return std::tie(options.at(a).start, options.at(a).end) < std::tie(options.at(b).start, options.at(b).end);
    });
    for (int t = 0; t < taken.size(); ++t)
        options[taken.at(t)].taken = t;
    // The rest become alternatives of the taken option they overlap most.
    for (int o = 0; o < options.size(); ++o) {
        Option &option = options[o];
        if (option.taken >= 0)
            continue;
        qint64 best = 0;
        for (int t : std::as_const(taken)) {
            const qint64 shared = overlap(options.at(t), option);
            if (shared > best) {
                best = shared;
                option.attachedTo = t;
            }
        }
        if (option.attachedTo < 0)
            ++result.belowThreshold;
    }

    QHash<int, QList<int>> alternativesOf; // taken option -> its alternatives
    for (int o = 0; o < options.size(); ++o) {
        if (options.at(o).attachedTo >= 0)
            alternativesOf[options.at(o).attachedTo].append(o);
    }
    auto evidenceOf = [&](int candidate) {
        const Candidate &c = candidates.at(candidate);
        return SuggestionEvidence{c.engineId, c.label, c.start, c.end, c.confidence, c.reason, c.attrs};
    };
    for (int t : std::as_const(taken)) {
        const Option &option = options.at(t);
        // The most trusted engine's candidate speaks for the suggestion.
        int lead = option.members.constFirst();
        double leadTrust = -1;
        for (int m : option.members) {
            const Candidate &c = candidates.at(m);
            const double trust = EngineEvidence::priorPrecision(c.engine, {}) * (c.confidence < 0 ? 0.5 : c.confidence);
            if (trust > leadTrust) {
                leadTrust = trust;
                lead = m;
            }
        }
        const Candidate &c = candidates.at(lead);
        NewAnnotation n;
        n.label = option.label;
        n.start = option.start;
        n.end = option.end;
        n.attrs = c.attrs;
        n.status = AnnotationStatus::Suggested;
        n.annotatorId = c.engineId;
        n.reason = c.reason;
        if (measured.at(t)) {
            n.confidence = option.probability;
        } else {
            double doubt = 1;
            for (int m : option.members)
                doubt *= 1 - std::clamp(candidates.at(m).confidence < 0 ? 0.5 : candidates.at(m).confidence, 0.0, 1.0);
            n.confidence = 1 - doubt;
        }
        n.confidence = std::round(n.confidence * 1000) / 1000;
        QList<int> alternatives = alternativesOf.value(t);
        if (option.members.size() > 1 || !alternatives.isEmpty()) {
            for (int m : option.members)
                n.evidence.append(evidenceOf(m));
            std::stable_sort(alternatives.begin(), alternatives.end(),
                             [&](int a, int b) { return options.at(a).probability > options.at(b).probability; });
            for (int o : std::as_const(alternatives)) {
                for (int m : options.at(o).members)
                    n.evidence.append(evidenceOf(m));
            }
        }
        result.spans.append(n);
    }

    auto target = [&](int candidate) -> qint64 {
        if (candidate < 0 || candidate >= candidates.size())
            return nowhere;
        if (decisionOf.at(candidate))
            return decisionOf.at(candidate);
        const int o = optionOf.at(candidate);
        if (o < 0)
            return nowhere;
        const Option &option = options.at(o);
        if (option.taken >= 0)
            return option.taken;
        if (option.attachedTo >= 0)
            return options.at(option.attachedTo).taken;
        return nowhere;
    };
    // A relation keeps its ends where they went. Each head has at most one relation of a label
    // (a quote one SPEAKER, one CUE): the relations of the engine whose span was taken come
    // first, then those that reach it through an alternative.
    auto direct = [&](int candidate) {
        if (candidate < 0 || candidate >= candidates.size())
            return false;
        if (decisionOf.at(candidate))
            return true;
        const int o = optionOf.at(candidate);
        return o >= 0 && options.at(o).taken >= 0;
    };
    QList<int> relationOrder(relations.size());
    std::iota(relationOrder.begin(), relationOrder.end(), 0);
    std::stable_sort(relationOrder.begin(), relationOrder.end(), [&](int a, int b) {
        const int x = int(direct(relations.at(a).head)) * 2 + int(direct(relations.at(a).child));
        const int y = int(direct(relations.at(b).head)) * 2 + int(direct(relations.at(b).child));
        return x > y;
    });
    QSet<QString> seen;
    for (int index : std::as_const(relationOrder)) {
        const CandidateRelation &r = relations.at(index);
        const qint64 head = target(r.head), child = target(r.child);
        if (head == nowhere || child == nowhere || head == child)
            continue;
        const QString key = u"%1\x1f%2"_s.arg(r.label).arg(head);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.relations.append({r.label, head, child, r.engineId});
    }
    return result;
}

} // namespace Copydesk
