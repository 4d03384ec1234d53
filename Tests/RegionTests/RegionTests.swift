import Region
import Testing

@Suite struct RegionTests {}
