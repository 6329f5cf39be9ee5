import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IDF_BOUNDS, type JourneyMap } from '../../../../contracts/contributions.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { journeyMapQueryOptions } from '../api/public.ts';

export type JourneyPoint = [number, number];
const LINE = '#0c8599';
const round = (value: number) => Math.round(value * 1e5) / 1e5;
const inIdf = ([lon, lat]: JourneyPoint) =>
  lon >= IDF_BOUNDS.west && lon <= IDF_BOUNDS.east && lat >= IDF_BOUNDS.south && lat <= IDF_BOUNDS.north;

type Props = { token: string; points: JourneyPoint[]; onChange: (points: JourneyPoint[]) => void; error?: string };

/**
 * The optional journey: opened on demand, a map where each tap adds a point of the line. Without a
 * pointer, the arrow keys move the map and a button adds its centre (marked by a cross).
 */
export function JourneyField({ token, points, onChange, error }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(points.length > 0);
  if (!open) {
    return (
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('participation.journey.label')}
        </Text>
        <Button variant="light" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
          {t('participation.journey.open')}
        </Button>
      </Stack>
    );
  }
  return <JourneyMapField token={token} points={points} onChange={onChange} error={error} />;
}

function JourneyMapField({ token, points, onChange, error }: Props) {
  const { t } = useTranslation();
  const background = useQuery(journeyMapQueryOptions(token));
  const map = useRef<L.Map | null>(null);
  const add = (point: JourneyPoint) => {
    if (inIdf(point)) onChange([...points, [round(point[0]), round(point[1])]]);
  };
  const addCentre = () => {
    const centre = map.current?.getCenter();
    if (centre) add([centre.lng, centre.lat]);
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="journey-label">
        {t('participation.journey.label')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('participation.journey.hint')}
      </Text>
      {background.isError ? (
        <QueryError error={background.error} onRetry={() => void background.refetch()} />
      ) : background.data ? (
        <LeafletJourney background={background.data} points={points} onTap={add} mapRef={map} />
      ) : (
        <Box h={320} bg="gray.0" style={{ borderRadius: 8 }} />
      )}
      <Text size="sm" aria-live="polite" c={error ? 'red.8' : undefined}>
        {error ?? t('participation.journey.points', { count: points.length })}
      </Text>
      <Group gap="xs">
        <Button size="sm" variant="default" onClick={addCentre} disabled={!background.data}>
          {t('participation.journey.addCentre')}
        </Button>
        <Button size="sm" variant="default" onClick={() => onChange(points.slice(0, -1))} disabled={points.length === 0}>
          {t('participation.journey.undo')}
        </Button>
        <Button size="sm" variant="subtle" color="red.9" c="red.9" onClick={() => onChange([])} disabled={points.length === 0}>
          {t('participation.journey.clear')}
        </Button>
      </Group>
    </Stack>
  );
}

type LeafletProps = {
  background: JourneyMap;
  points: JourneyPoint[];
  onTap: (point: JourneyPoint) => void;
  mapRef: RefObject<L.Map | null>;
};

/** Leaflet driven by hand: the territory's outlines on a plain background (tiles only when configured), the line on top. */
function LeafletJourney({ background, points, onTap, mapRef }: LeafletProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const line = useRef<L.LayerGroup | null>(null);
  const tap = useRef(onTap);
  tap.current = onTap;

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { zoomControl: false, zoomSnap: 0.25, minZoom: 8, maxZoom: 18 });
    map.attributionControl.setPrefix(false);
    L.control.zoom({ zoomInTitle: t('participation.journey.zoomIn'), zoomOutTitle: t('participation.journey.zoomOut') }).addTo(map);
    if (background.tileUrl) L.tileLayer(background.tileUrl, { attribution: background.tileAttribution ?? '' }).addTo(map);
    const outlines = L.geoJSON(background.outlines as never, {
      style: { color: '#868e96', weight: 1, fillColor: '#f8f9fa', fillOpacity: background.tileUrl ? 0 : 0.6 },
      interactive: false,
    }).addTo(map);
    if (outlines.getBounds().isValid()) map.fitBounds(outlines.getBounds());
    line.current = L.layerGroup().addTo(map);
    map.on('click', (event: L.LeafletMouseEvent) => tap.current([event.latlng.lng, event.latlng.lat]));
    mapRef.current = map;
    return () => {
      mapRef.current = null;
      map.remove();
    };
  }, [background, mapRef, t]);

  useEffect(() => {
    const layer = line.current;
    if (!layer) return;
    layer.clearLayers();
    const latLngs = points.map(([lon, lat]) => L.latLng(lat, lon));
    if (latLngs.length > 1) L.polyline(latLngs, { color: LINE, weight: 4, interactive: false }).addTo(layer);
    for (const [index, latLng] of latLngs.entries()) {
      const fillColor = index === 0 ? '#2b8a3e' : LINE;
      L.circleMarker(latLng, { radius: 7, color: '#fff', weight: 2, fillColor, fillOpacity: 1, interactive: false }).addTo(layer);
    }
  }, [points]);

  return (
    <Box pos="relative">
      <Box
        ref={container}
        h={{ base: 320, sm: 420 }}
        bg="gray.0"
        style={{ borderRadius: 8, touchAction: 'none' }}
        role="region"
        aria-labelledby="journey-label"
        data-testid="journey-map"
      />
      {/* The centre the keyboard button adds. */}
      <Box
        aria-hidden
        pos="absolute"
        top="50%"
        left="50%"
        c="dark.6"
        fz={24}
        lh={1}
        style={{ transform: 'translate(-50%, -50%)', pointerEvents: 'none', zIndex: 500 }}
      >
        +
      </Box>
    </Box>
  );
}
