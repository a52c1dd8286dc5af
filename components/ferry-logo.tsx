interface FerryLogoProps {
  size?: number;
}

/** Ferry's mark, drawn from the same SVG the toolbar icons are rasterised from. */
export function FerryLogo({ size = 24 }: FerryLogoProps) {
  return <img class="ferry-logo" src="/icon/ferry.svg" width={size} height={size} alt="" />;
}
