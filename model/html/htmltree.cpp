#include "htmltree.h"

#include <chrono>
#include <csetjmp>
#include <cstdlib>

#include <gumbo.h>

#include <QCoreApplication>

namespace Copydesk {

// Gumbo has no limits of its own (0.10 has no maximum tree depth) and no way to fail an
// allocation: its allocator is replaced by one that tracks every block in a list, counts the
// bytes and looks at the clock, and leaves the parse with longjmp when a limit is passed.
// Only C frames (gumbo's) and the trivial frame of runGumbo() lie between setjmp and longjmp.
struct HtmlTree::Arena
{
    struct alignas(16) Block
    {
        Block *previous;
        Block *next;
        size_t size;
    };
    enum Failure { None, Memory, Time };

    Block *head = nullptr;
    size_t used = 0;
    size_t budget = 0;
    std::chrono::steady_clock::time_point deadline;
    unsigned calls = 0;
    int failure = None;
    std::jmp_buf jump;

    ~Arena()
    {
        while (head) {
            Block *next = head->next;
            std::free(head);
            head = next;
        }
    }
};

namespace {

using Arena = HtmlTree::Arena;

void *allocateBlock(void *userdata, size_t size)
{
    auto *arena = static_cast<Arena *>(userdata);
    if (arena->used + size > arena->budget) {
        arena->failure = Arena::Memory;
        std::longjmp(arena->jump, 1);
    }
    // The clock is read every 64 allocations: gumbo's slow paths allocate a node per tag.
    if ((++arena->calls & 63) == 0 && std::chrono::steady_clock::now() > arena->deadline) {
        arena->failure = Arena::Time;
        std::longjmp(arena->jump, 1);
    }
    auto *block = static_cast<Arena::Block *>(std::malloc(sizeof(Arena::Block) + size));
    if (!block) {
        arena->failure = Arena::Memory;
        std::longjmp(arena->jump, 1);
    }
    block->previous = nullptr;
    block->next = arena->head;
    block->size = size;
    if (arena->head)
        arena->head->previous = block;
    arena->head = block;
    arena->used += size;
    return block + 1;
}

void freeBlock(void *userdata, void *pointer)
{
    if (!pointer)
        return;
    auto *arena = static_cast<Arena *>(userdata);
    auto *block = static_cast<Arena::Block *>(pointer) - 1;
    if (block->previous)
        block->previous->next = block->next;
    else
        arena->head = block->next;
    if (block->next)
        block->next->previous = block->previous;
    arena->used -= block->size;
    std::free(block);
}

// Nothing with a destructor lives in this frame: longjmp may leave it.
int runGumbo(Arena *arena, const GumboOptions *options, const char *data, size_t size, GumboOutput **output)
{
    if (setjmp(arena->jump) != 0)
        return arena->failure;
    *output = gumbo_parse_with_options(options, data, size);
    return Arena::None;
}

} // namespace

HtmlParseLimits HtmlParseLimits::forInput(qint64 bytes)
{
    HtmlParseLimits limits;
    limits.memoryBytes = qMin<qint64>(64LL * 1024 * 1024 + 20 * bytes, 1536LL * 1024 * 1024);
    limits.milliseconds = int(qMin<qint64>(3000 + bytes / 1000, 600000));
    return limits;
}

HtmlTree::HtmlTree(QByteArray bytes, std::unique_ptr<Arena> arena, const GumboInternalNode *document)
    : m_bytes(std::move(bytes))
    , m_arena(std::move(arena))
    , m_document(document)
{
}

HtmlTree::~HtmlTree() = default;

std::unique_ptr<HtmlTree> HtmlTree::parse(const QByteArray &utf8, const HtmlParseLimits &given, QString *error)
{
    const HtmlParseLimits defaults = HtmlParseLimits::forInput(utf8.size());
    const qint64 memory = given.memoryBytes > 0 ? given.memoryBytes : defaults.memoryBytes;
    const int milliseconds = given.milliseconds > 0 ? given.milliseconds : defaults.milliseconds;
    auto arena = std::make_unique<Arena>();
    arena->budget = size_t(memory);
    arena->deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = allocateBlock;
    options.deallocator = freeBlock;
    options.userdata = arena.get();
    // Gumbo keeps a copy of the open-element stack with every parse error: on deeply nested
    // pages that alone takes gigabytes. The errors are not used.
    options.max_errors = 0;
    GumboOutput *output = nullptr;
    QByteArray bytes = utf8;
    const int failure = runGumbo(arena.get(), &options, bytes.constData(), size_t(bytes.size()), &output);
    if (failure == Arena::Memory) {
        *error = QCoreApplication::translate("HtmlImport", "the page needs more than %1 MB of memory to parse; it is too large or made "
                                                           "of too many elements").arg(memory / (1024 * 1024));
        return nullptr;
    }
    if (failure == Arena::Time) {
        *error = QCoreApplication::translate("HtmlImport", "the page took more than %1 s to parse; it nests its elements too deeply or "
                                                           "is too large").arg(milliseconds / 1000.0, 0, 'f', 1);
        return nullptr;
    }
    return std::unique_ptr<HtmlTree>(new HtmlTree(std::move(bytes), std::move(arena), output->document));
}

} // namespace Copydesk
