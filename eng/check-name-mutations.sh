#!/usr/bin/env bash
# Shows that the names property (tests/LocalizedContent.Generator.Tests/Naming/NameProperties.cs) finds each naming bug
# of issue 13 when it comes back: reintroduces one bug at a time in a temporary worktree of HEAD and runs the property
# with its CI iteration count. Every line must say "caught". Takes about 2 minutes per bug.
#   bash eng/check-name-mutations.sh
set -uo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
work="$(mktemp -d)/mutations"
git -C "$root" worktree add -q --detach "$work" HEAD
trap 'git -C "$root" worktree remove --force "$work"' EXIT
cd "$work"

# mutate NAME FILE OLD NEW: replace OLD by NEW in FILE, run the property, say whether it failed.
mutate() {
  local name=$1 file=$2 old=$3 new=$4
  git checkout -q -- .
  OLD="$old" NEW="$new" python3 -c 'import os,sys; p=sys.argv[1]; s=open(p).read(); assert os.environ["OLD"] in s, "mutation does not apply"; open(p,"w").write(s.replace(os.environ["OLD"], os.environ["NEW"]))' "$file" \
    || { echo "$name: mutation does not apply (the code moved: update this script)"; return; }
  if dotnet test tests/LocalizedContent.Generator.Tests --filter "FullyQualifiedName~NameProperties" 2>&1 | grep -q "Passed!"; then
    echo "$name: NOT caught"
  else
    echo "$name: caught"
  fi
}

mutate "hint names as before (class key + suffix)" src/Shared/Naming/HintNames.cs 'result[key] = unique + suffix;' 'result[key] = key + suffix;'
mutate "no rename of a class named like a namespace" src/Shared/Naming/ClassNames.cs 'if (namespaces.Contains(key)) return NamingProblemKind.ClassNameIsNamespace;' ''
mutate "no rename of a class named like a generated member" src/Shared/Naming/ClassNames.cs 'if (name.StartsWith("__", StringComparison.Ordinal) || Members(kind).Contains(name)) return NamingProblemKind.ReservedClassName;' ''
mutate "no rename of a keyword class name" src/Shared/Naming/ClassNames.cs 'if (IsKeyword(name)) return NamingProblemKind.KeywordClassName;' ''
mutate "cultures compared case-sensitively" src/Generator/LocalizedContent.Generator/Common/CultureLookupEmitter.cs 'present.Where(p => CultureTag.HasVariant(p.Culture!))' 'present.Where(p => false)'
