// ReferenceWriter: the tree-building chronology writer of before, for comparing outputs in tests.
#pragma once

#include "chronology/chronology.h"

#include <QByteArray>

namespace AllianceScope::Reference {

/// The chronology as the tree-based writer printed it (the streaming writer must give the same).
QByteArray treeToJson(const Chronology &chronology);

} // namespace AllianceScope::Reference
