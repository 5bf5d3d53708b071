"""Beneficial owners (受益所有人) from nested shareholdings, the senior-manager fallback and the exemption."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from teller_app.domain.customers import CustomerKind
from teller_app.domain.errors import InputError, RuleError

THRESHOLD = Decimal("0.25")  # ≥ 25 % of equity, profit or voting rights
EXEMPTION_CAPITAL_LIMIT = Decimal("10000000")  # registered capital ≤ 10,000,000 CNY
MAX_LAYERS = 30  # ownership chains deeper than this are refused as implausible input
ONE = Decimal(1)
ZERO = Decimal(0)


class HolderKind(StrEnum):
    NATURAL_PERSON = "natural_person"
    ENTITY = "entity"


@dataclass(frozen=True)
class Holder:
    """One shareholder of the company above it. Shares are fractions of that company, 0 … 1.

    `profit` and `voting` default to the equity share when not given. `controls` marks a person who
    controls the customer by other means (agreement, family, trust) whatever their shares.
    `holders` are the entity's own shareholders; a natural person has none.
    """

    id: str
    name: str
    kind: HolderKind
    equity: Decimal
    profit: Decimal | None = None
    voting: Decimal | None = None
    controls: bool = False
    holders: tuple[Holder, ...] = ()


@dataclass(frozen=True)
class Person:
    """A natural person named outside the shareholdings (the senior manager who runs daily operations)."""

    id: str
    name: str
    title: str = ""


class OwnerReason(StrEnum):
    EQUITY = "equity"  # ≥ 25 % of equity, directly or through layers
    PROFIT = "profit"  # ≥ 25 % of profit rights
    VOTING = "voting"  # ≥ 25 % of voting rights
    CONTROL = "control"  # control by other means
    SENIOR_MANAGER = "senior_manager"  # nobody qualified: the person running daily operations


@dataclass(frozen=True)
class BeneficialOwner:
    id: str
    name: str
    reasons: tuple[OwnerReason, ...]
    equity: Decimal  # effective share of the customer's equity, summed over every path
    profit: Decimal
    voting: Decimal
    paths: tuple[tuple[str, ...], ...] = ()  # holder ids from the top shareholder down to this person


@dataclass(frozen=True)
class ExemptionCommitment:
    """The customer's written commitment (承诺书) behind an exemption: that nobody outside the shareholders
    controls or benefits from it, who signed it for the customer, and its reference."""

    no_outside_control_or_benefit: bool
    signed_by: str
    reference: str


@dataclass(frozen=True)
class OwnerExemption:
    """The customer's commitment (承诺) that replaces the owners' declaration where the rules allow."""

    registered_capital: Decimal
    shareholders: tuple[str, ...] = field(default_factory=tuple)
    commitment: ExemptionCommitment | None = None


@dataclass
class _Stake:
    name: str
    equity: Decimal = ZERO
    profit: Decimal = ZERO
    voting: Decimal = ZERO
    controls: bool = False
    paths: list[tuple[str, ...]] = field(default_factory=list)


def _share(value: object, holder: Holder, what: str, path: tuple[str, ...]) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise InputError(
            "owners.share_not_decimal",
            "The {what} share of {holder} must be an exact decimal, not {value}",
            what=what,
            holder=holder.id,
            value=repr(value),
            path=" > ".join(path),
        )
    share = Decimal(value)
    if not share.is_finite() or share < ZERO or share > ONE:
        raise InputError(
            "owners.share_out_of_range",
            "The {what} share of {holder} must be between 0 and 1, not {value}",
            what=what,
            holder=holder.id,
            value=str(value),
            path=" > ".join(path),
        )
    return share


def _check_siblings(holders: Sequence[Holder], parent: str, path: tuple[str, ...]) -> None:
    if not isinstance(holders, (list, tuple)):
        raise InputError("owners.not_a_holder", "Shareholders of {parent} must be holders", parent=parent)
    if len(path) > MAX_LAYERS:
        raise InputError(
            "owners.too_many_layers",
            "The holdings above {parent} go deeper than {limit} layers",
            parent=parent,
            limit=MAX_LAYERS,
        )
    seen: set[str] = set()
    totals = {"equity": ZERO, "profit": ZERO, "voting": ZERO}
    for holder in holders:
        if not isinstance(holder, Holder):
            raise InputError("owners.not_a_holder", "Shareholders of {parent} must be holders", parent=parent)
        if not isinstance(holder.id, str) or not holder.id.strip():
            raise InputError("owners.holder_id_required", "Every shareholder needs an id", parent=parent)
        here = (*path, holder.id)
        if holder.id in seen:
            raise InputError(
                "owners.duplicate_holder",
                "{holder} appears twice among the shareholders of {parent}",
                holder=holder.id,
                parent=parent,
            )
        seen.add(holder.id)
        try:
            kind = HolderKind(holder.kind)
        except ValueError:
            raise InputError(
                "owners.unknown_holder_kind",
                "{holder} has an unknown kind {kind}",
                holder=holder.id,
                kind=str(holder.kind),
            ) from None
        if kind is HolderKind.NATURAL_PERSON and holder.holders:
            raise InputError(
                "owners.person_with_holders",
                "{holder} is a natural person and cannot have shareholders",
                holder=holder.id,
            )
        totals["equity"] += _share(holder.equity, holder, "equity", here)
        totals["profit"] += _share(
            holder.equity if holder.profit is None else holder.profit, holder, "profit", here
        )
        totals["voting"] += _share(
            holder.equity if holder.voting is None else holder.voting, holder, "voting", here
        )
    for what, total in totals.items():
        if total > ONE:
            raise InputError(
                "owners.shares_exceed_whole",
                "The {what} shares of the shareholders of {parent} add up to {total}, more than 100%",
                what=what,
                parent=parent,
                total=str(total),
            )


def _walk(
    holders: Sequence[Holder],
    parent: str,
    path: tuple[str, ...],
    factors: tuple[Decimal, Decimal, Decimal],
    stakes: dict[str, _Stake],
) -> None:
    _check_siblings(holders, parent, path)
    for holder in holders:
        here = (*path, holder.id)
        if holder.id in path:
            raise InputError(
                "owners.holding_cycle",
                "{holder} holds itself through {path}",
                holder=holder.id,
                path=" > ".join(here),
            )
        equity = factors[0] * holder.equity
        profit = factors[1] * (holder.equity if holder.profit is None else holder.profit)
        voting = factors[2] * (holder.equity if holder.voting is None else holder.voting)
        if HolderKind(holder.kind) is HolderKind.ENTITY:
            _walk(holder.holders, holder.id, here, (equity, profit, voting), stakes)
            continue
        stake = stakes.setdefault(holder.id, _Stake(name=holder.name))
        stake.equity += equity
        stake.profit += profit
        stake.voting += voting
        stake.controls = stake.controls or bool(holder.controls)
        stake.paths.append(here)


def effective_stakes(shareholders: Sequence[Holder], customer_id: str = "") -> dict[str, BeneficialOwner]:
    """Every natural person's effective equity, profit and voting share of the customer, with paths.

    Indirect stakes multiply through the layers and add up across paths. Inputs are validated: shares
    are Decimals in [0, 1], siblings add up to at most 100%, and nobody holds themselves (no cycles).
    """
    stakes: dict[str, _Stake] = {}
    root = customer_id or "customer"
    _walk(shareholders, root, (root,) if customer_id else (), (ONE, ONE, ONE), stakes)
    return {
        person_id: BeneficialOwner(
            id=person_id,
            name=stake.name,
            reasons=_reasons(stake),
            equity=stake.equity,
            profit=stake.profit,
            voting=stake.voting,
            paths=tuple(path[1:] if customer_id else path for path in stake.paths),
        )
        for person_id, stake in stakes.items()
    }


def _reasons(stake: _Stake) -> tuple[OwnerReason, ...]:
    reasons = []
    if stake.equity >= THRESHOLD:
        reasons.append(OwnerReason.EQUITY)
    if stake.profit >= THRESHOLD:
        reasons.append(OwnerReason.PROFIT)
    if stake.voting >= THRESHOLD:
        reasons.append(OwnerReason.VOTING)
    if stake.controls:
        reasons.append(OwnerReason.CONTROL)
    return tuple(reasons)


def find_beneficial_owners(
    shareholders: Sequence[Holder],
    *,
    senior_manager: Person | None = None,
    customer_id: str = "",
) -> tuple[BeneficialOwner, ...]:
    """The beneficial owners, largest equity first; the senior manager when nobody qualifies.

    Raises RuleError("owners.senior_manager_required") when nobody qualifies and no manager is named.
    """
    qualified = [owner for owner in effective_stakes(shareholders, customer_id).values() if owner.reasons]
    if qualified:
        return tuple(sorted(qualified, key=lambda owner: (-owner.equity, owner.id)))
    if senior_manager is None or not senior_manager.id.strip():
        raise RuleError(
            "owners.senior_manager_required",
            "Nobody holds 25% or controls the customer; name the senior manager who runs daily operations",
        )
    return (
        BeneficialOwner(
            id=senior_manager.id,
            name=senior_manager.name,
            reasons=(OwnerReason.SENIOR_MANAGER,),
            equity=ZERO,
            profit=ZERO,
            voting=ZERO,
        ),
    )


class OwnerFiling(StrEnum):
    REQUIRED = "required"  # identify and record the owners (or an allowed exemption)
    NEVER = "never"  # 个体工商户 and individuals never file


def filing_for(kind: CustomerKind) -> OwnerFiling:
    if kind in (CustomerKind.INDIVIDUAL, CustomerKind.INDIVIDUAL_BUSINESS):
        return OwnerFiling.NEVER
    return OwnerFiling.REQUIRED


def exemption_allowed(
    kind: CustomerKind,
    registered_capital: Decimal,
    shareholders: Sequence[Holder],
    *,
    no_outside_control_or_benefit: bool = False,
    controllers: Sequence[str] = (),
) -> bool:
    """Exemption by commitment (《受益所有人信息管理办法》2024, 第七条), all three conditions: registered
    capital ≤ 10,000,000 CNY; every shareholder a natural person; nobody outside them controls or benefits
    (`no_outside_control_or_benefit`, which the customer commits to). Never when a controller is recorded
    (`controllers`, or a shareholder marked as controlling by other means)."""
    if filing_for(kind) is OwnerFiling.NEVER:
        return False
    if isinstance(registered_capital, bool) or not isinstance(registered_capital, (Decimal, int)):
        raise InputError(
            "owners.capital_not_decimal",
            "The registered capital must be an exact amount, not {value}",
            value=repr(registered_capital),
        )
    capital = Decimal(registered_capital)
    if not capital.is_finite() or capital < ZERO:
        raise InputError(
            "owners.capital_out_of_range",
            "The registered capital cannot be {value}",
            value=str(registered_capital),
        )
    if not shareholders:
        return False
    _check_siblings(shareholders, "customer", ())
    if any(name.strip() for name in controllers) or any(holder.controls for holder in shareholders):
        return False
    return (
        capital <= EXEMPTION_CAPITAL_LIMIT
        and all(HolderKind(holder.kind) is HolderKind.NATURAL_PERSON for holder in shareholders)
        and no_outside_control_or_benefit is True
    )


def record_exemption(
    kind: CustomerKind,
    registered_capital: Decimal,
    shareholders: Sequence[Holder],
    commitment: ExemptionCommitment | None = None,
    *,
    controllers: Sequence[str] = (),
) -> OwnerExemption:
    """The exemption record that stands instead of owners; refused where the rules do not allow it, and
    without the customer's recorded commitment (who signed it, its reference)."""
    if any(name.strip() for name in controllers) or any(holder.controls for holder in shareholders):
        raise RuleError(
            "owners.exemption_controller_recorded",
            "No exemption: a person who controls the customer is recorded; record the owners instead",
            kind=kind.value,
        )
    if commitment is None or not commitment.signed_by.strip() or not commitment.reference.strip():
        raise RuleError(
            "owners.exemption_commitment_missing",
            "The exemption needs the customer's signed commitment: who signed it and its reference",
            kind=kind.value,
        )
    if not exemption_allowed(
        kind,
        registered_capital,
        shareholders,
        no_outside_control_or_benefit=commitment.no_outside_control_or_benefit,
        controllers=controllers,
    ):
        raise RuleError(
            "owners.exemption_not_allowed",
            "The exemption needs registered capital of at most 10,000,000 CNY, only natural-person "
            "shareholders, and nobody outside them who controls or benefits",
            kind=kind.value,
        )
    return OwnerExemption(
        registered_capital=Decimal(registered_capital),
        shareholders=tuple(holder.id for holder in shareholders),
        commitment=commitment,
    )


def owners_step_complete(
    kind: CustomerKind, owners: Iterable[BeneficialOwner], exemption: OwnerExemption | None
) -> bool:
    """The control point of the step: at least one owner or a recorded exemption (or no filing at all)."""
    if filing_for(kind) is OwnerFiling.NEVER:
        return True
    return exemption is not None or any(True for _ in owners)
