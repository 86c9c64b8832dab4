import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { can, useMe } from '../../app/session';
import { useTRPC } from '../../app/trpc';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { AddUnitForm } from './AddUnitForm';
import { UnitRow } from './UnitRow';
import { flattenUnits } from './unitTree';

export function UnitsPage() {
  const { m, language } = useI18n();
  const trpc = useTRPC();
  const canWrite = can(useMe().data, 'units.write');
  const units = useQuery(trpc.units.list.queryOptions());
  const [editingId, setEditingId] = useState<string | null>(null);

  return (
    <>
      <PageHeader title={m.units.title} intro={m.units.intro} />
      <div className="stack stack--large">
        {canWrite ? <AddUnitForm units={units.data ?? []} /> : null}
        {units.isPending ? (
          <Loading />
        ) : units.isError ? (
          <ErrorState error={units.error} onRetry={() => void units.refetch()} />
        ) : units.data.length === 0 ? (
          <EmptyState>{m.units.empty}</EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="units-table">
              <thead>
                <tr>
                  <th scope="col">{m.units.name}</th>
                  <th scope="col" className="numeric">
                    {m.units.people}
                  </th>
                  {canWrite ? (
                    <th scope="col">
                      <span className="visually-hidden">{m.common.actions}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {flattenUnits(units.data, language).map((unit) => (
                  <UnitRow
                    key={unit.id}
                    unit={unit}
                    canWrite={canWrite}
                    editing={editingId === unit.id}
                    onEdit={() => setEditingId(unit.id)}
                    onDone={() => setEditingId(null)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </>
  );
}
