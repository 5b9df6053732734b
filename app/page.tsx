export default function HomePage() {
  return <h1>Unsend</h1>;
}
